namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// Expenditure amounts summed once per derivation by line class, and by (grouping slot, line class)
/// for the function, economic, government and pair slots. A part then folds these sums through its
/// column masks instead of passing over every line: there are a few hundred classes, not millions of
/// lines. Sums are of integers, so the result is exactly what a pass over the lines gives.
/// </summary>
internal sealed class ClassCube
{
    /// <summary>A matrix larger than this (slots × classes) is not built; parts then sum that dimension line by line.</summary>
    public const long MaxCells = 1 << 22;

    private ClassCube(int classes)
    {
        Classes = classes;
        ByClass = new long[classes];
    }

    public int Classes { get; }

    public long[] ByClass { get; }

    public long[]? ByFunction { get; private init; }

    /// <summary>By economic slot and by government slot: built together, so a part folds both or neither.</summary>
    public (long[] Economic, long[] Government)? ByEconomic { get; private init; }

    public long[]? ByPair { get; private init; }

    public static ClassCube Of(ExpenditureFacts e, long maxCells = MaxCells)
    {
        var classes = e.ClassValues.Length;
        long[]? Matrix(int slots) => (long)slots * classes <= maxCells ? new long[slots * classes] : null;
        var economic = Matrix(e.EconomicCodes.Length);
        var government = Matrix(e.GovernmentCodes.Length);
        var cube = new ClassCube(classes)
        {
            ByFunction = Matrix(e.FunctionCodes.Length),
            ByEconomic = economic is not null && government is not null ? (economic, government) : null,
            ByPair = Matrix(e.PairCodes.Length),
        };
        cube.Sum(e);
        return cube;
    }

    /// <summary>Adds a matrix's sums to an accumulator with the same slots through the part's column masks.</summary>
    public void Fold(long[] matrix, Accumulator target, ulong[] masks)
    {
        for (var slot = 0; slot < target.Slots; slot++)
        {
            var row = slot * Classes;
            for (var c = 0; c < Classes; c++)
            {
                var amount = matrix[row + c];
                if (amount != 0 && masks[c] != 0)
                {
                    target.Add(slot, masks[c], amount);
                }
            }
        }
    }

    private void Sum(ExpenditureFacts e)
    {
        var classSlots = e.ClassSlot;
        var amounts = e.Amount;
        var byClass = ByClass;
        var byFunction = ByFunction;
        var (byEconomic, byGovernment) = ByEconomic ?? (null!, null!);
        var byPair = ByPair;
        var classes = Classes;
        for (var k = 0; k < classSlots.Length; k++)
        {
            var c = classSlots[k];
            var amount = amounts[k];
            byClass[c] += amount;
            if (byFunction is not null)
            {
                byFunction[(e.Function[k] * classes) + c] += amount;
            }

            if (byEconomic is not null)
            {
                byEconomic[(e.Economic[k] * classes) + c] += amount;
                byGovernment[(e.Government[k] * classes) + c] += amount;
            }

            if (byPair is not null)
            {
                byPair[(e.Pair[k] * classes) + c] += amount;
            }
        }
    }
}
