using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>The accumulators of one part: everything, per unit, per fixed row, and per grouping dimension.</summary>
internal sealed class PartSums
{
    private readonly LineFacts facts;
    private readonly Dictionary<(int Unit, int Function), long[]>? byUnitFunction;

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

    /// <summary>True when a row block groups expenditure by function, economic code, pair, project or unit × function.</summary>
    public bool NeedsExpenditureSlots => Function.Slots > 0 || Economic.Slots > 0 || Pair.Slots > 0 || Project.Slots > 0 || byUnitFunction is not null;

    public IReadOnlyDictionary<(int Unit, int Function), long[]> ByUnitFunction =>
        byUnitFunction ?? new Dictionary<(int Unit, int Function), long[]>();

    public void AddExpenditure(int line, ulong mask, long amount)
    {
        var e = facts.Expenditures;
        if (Function.Slots > 0)
        {
            Function.Add(e.Function[line], mask, amount);
        }

        if (Economic.Slots > 0)
        {
            Economic.Add(e.Economic[line], mask, amount);
            Government.Add(e.Government[line], mask, amount);
        }

        if (Pair.Slots > 0)
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
}
