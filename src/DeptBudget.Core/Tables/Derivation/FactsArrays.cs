namespace DeptBudget.Core.Tables.Derivation;

/// <summary>The arrays an <see cref="ExpenditureFacts"/> is made of, filled chunk by chunk.</summary>
internal sealed class FactsArrays(int n)
{
    public int[] ClassSlot { get; private set; } = new int[n];

    public long[] Amount { get; private set; } = new long[n];

    public int[] Unit { get; private set; } = new int[n];

    public int[] Function { get; private set; } = new int[n];

    public int[] Economic { get; private set; } = new int[n];

    public int[] Government { get; private set; } = new int[n];

    public int[] Pair { get; private set; } = new int[n];

    public int[] Project { get; private set; } = new int[n];

    /// <summary>Moves the chunks' lines together (chunks that skipped lines leave gaps) and trims the arrays.</summary>
    public void Compact(IReadOnlyList<ExpenditureChunk> chunks)
    {
        var total = 0;
        foreach (var chunk in chunks)
        {
            if (chunk.Offset != total)
            {
                foreach (var array in new Array[] { ClassSlot, Amount, Unit, Function, Economic, Government, Pair, Project })
                {
                    Array.Copy(array, chunk.Offset, array, total, chunk.Count);
                }

                chunk.Offset = total;
            }

            total += chunk.Count;
        }

        if (total < Amount.Length)
        {
            ClassSlot = ClassSlot[..total];
            Amount = Amount[..total];
            Unit = Unit[..total];
            Function = Function[..total];
            Economic = Economic[..total];
            Government = Government[..total];
            Pair = Pair[..total];
            Project = Project[..total];
        }
    }
}
