namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Sums in hundredths, one row of <c>width</c> value columns per slot.</summary>
internal sealed class Accumulator(int slots, int width)
{
    private readonly long[] sums = new long[Math.Max(slots, 0) * width];

    public int Width => width;

    public int Slots => slots;

    public void Add(int slot, ulong mask, long amount)
    {
        var offset = slot * width;
        while (mask != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
            sums[offset + bit] += amount;
            mask &= mask - 1;
        }
    }

    public long[] Row(int slot) => sums.AsSpan(slot * width, width).ToArray();

    public bool Any(int slot)
    {
        foreach (var value in sums.AsSpan(slot * width, width))
        {
            if (value != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static long[] Sum(IEnumerable<long[]> rows, int width)
    {
        var total = new long[width];
        foreach (var row in rows)
        {
            for (var i = 0; i < width; i++)
            {
                total[i] += row[i];
            }
        }

        return total;
    }
}
