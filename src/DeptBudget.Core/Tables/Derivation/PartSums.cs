using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>The accumulators of one part: everything, per unit, per fixed row, and per grouping dimension.</summary>
internal sealed class PartSums
{
    private readonly LineFacts facts;
    private readonly Dictionary<(int Unit, int Function), long[]>? byUnitFunction;
    private bool functionByLine;
    private bool economicByLine;
    private bool pairByLine;

    public PartSums(LineFacts facts, int width, int fixedRows, bool revenue, IReadOnlyList<RowBlockSpec> blocks)
    {
        this.facts = facts;
        Width = width;
        All = new Accumulator(1, width);
        Units = new Accumulator(blocks.Any(b => b.Type == RowBlockType.Units) ? facts.Units.Count : 0, width);
        Fixed = new Accumulator(fixedRows, width);
        var e = facts.Expenditures;
        bool Needs(params RowBlockType[] types) => !revenue && blocks.Any(b => types.Contains(b.Type));
        Function = new Accumulator(Needs(RowBlockType.Function, RowBlockType.FunctionClasses) ? e.FunctionCodes.Length : 0, width);
        Economic = new Accumulator(Needs(RowBlockType.Economic) ? e.EconomicCodes.Length : 0, width);
        Government = new Accumulator(Needs(RowBlockType.Economic) ? e.GovernmentCodes.Length : 0, width);
        Pair = new Accumulator(Needs(RowBlockType.EconomicPair) ? e.PairCodes.Length : 0, width);
        Project = new Accumulator(Needs(RowBlockType.Projects) ? facts.Projects.Count : 0, width);
        if (!revenue && blocks.Any(b => b.Type == RowBlockType.Function && b.ByUnit))
        {
            byUnitFunction = [];
        }
    }

    public int Width { get; }

    public Accumulator All { get; }

    public Accumulator Units { get; }

    public Accumulator Fixed { get; }

    public Accumulator Function { get; }

    public Accumulator Economic { get; }

    public Accumulator Government { get; }

    public Accumulator Pair { get; }

    public Accumulator Project { get; }

    /// <summary>True when some expenditure sums of the part must be added line by line (see <see cref="AddExpenditure"/>).</summary>
    public bool NeedsLinePass => functionByLine || economicByLine || pairByLine || Project.Slots > 0 || byUnitFunction is not null;

    public IReadOnlyDictionary<(int Unit, int Function), long[]> ByUnitFunction =>
        byUnitFunction ?? new Dictionary<(int Unit, int Function), long[]>();

    /// <summary>Adds everything the cube holds: all lines, fixed rows, and the grouping dimensions it has matrices for.</summary>
    public void Fold(ClassCube cube, ulong[] masks, ulong[] rowMasks)
    {
        for (var c = 0; c < cube.Classes; c++)
        {
            var amount = cube.ByClass[c];
            if (amount == 0 || masks[c] == 0)
            {
                continue;
            }

            All.Add(0, masks[c], amount);
            for (var rows = rowMasks.Length > 0 ? rowMasks[c] : 0; rows != 0; rows &= rows - 1)
            {
                Fixed.Add(System.Numerics.BitOperations.TrailingZeroCount(rows), masks[c], amount);
            }
        }

        functionByLine = Function.Slots > 0 && !Fold(cube, cube.ByFunction, Function, masks);
        economicByLine = Economic.Slots > 0 && !(cube.ByEconomic is { } economic && Fold(cube, economic.Economic, Economic, masks) && Fold(cube, economic.Government, Government, masks));
        pairByLine = Pair.Slots > 0 && !Fold(cube, cube.ByPair, Pair, masks);
    }

    /// <summary>Adds one line to the sums the cube did not give.</summary>
    public void AddExpenditure(int line, ulong mask, long amount)
    {
        var e = facts.Expenditures;
        if (functionByLine)
        {
            Function.Add(e.Function[line], mask, amount);
        }

        if (economicByLine)
        {
            Economic.Add(e.Economic[line], mask, amount);
            Government.Add(e.Government[line], mask, amount);
        }

        if (pairByLine)
        {
            Pair.Add(e.Pair[line], mask, amount);
        }

        if (Project.Slots > 0 && e.Project[line] >= 0)
        {
            Project.Add(e.Project[line], mask, amount);
        }

        if (byUnitFunction is not null)
        {
            var key = (e.Unit[line], e.Function[line]);
            if (!byUnitFunction.TryGetValue(key, out var row))
            {
                row = new long[Width];
                byUnitFunction[key] = row;
            }

            while (mask != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
                row[bit] += amount;
                mask &= mask - 1;
            }
        }
    }

    private static bool Fold(ClassCube cube, long[]? matrix, Accumulator target, ulong[] masks)
    {
        if (matrix is null)
        {
            return false;
        }

        cube.Fold(matrix, target, masks);
        return true;
    }
}
