using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Amounts as whole hundredths of 万元, the unit every sum of a derivation is kept in.</summary>
internal static class Amounts
{
    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>
    /// An amount in hundredths of 万元, rounded half-up (四舍五入). Amounts whose digits fit in 64 bits
    /// are converted with integer arithmetic, which gives exactly what the decimal route gives.
    /// </summary>
    public static long Hundredths(AmountUnit unit, decimal amount)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var scale = (bits[3] >> 16) & 0xFF;

        // The amount is mantissa × 10^-scale in its unit; in hundredths of 万元 it is mantissa × 10^exponent.
        var exponent = (unit == AmountUnit.Yuan ? -2 : 2) - scale;
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || exponent < -18 || mantissa > long.MaxValue / 100)
        {
            return (long)Math.Round(unit.ToTenThousandYuan(amount) * 100m, MidpointRounding.AwayFromZero);
        }

        ulong magnitude;
        if (exponent >= 0)
        {
            magnitude = mantissa * PowersOfTen[exponent];
        }
        else
        {
            var divisor = PowersOfTen[-exponent];
            magnitude = (mantissa + (divisor / 2)) / divisor;
        }

        return bits[3] < 0 ? -(long)magnitude : (long)magnitude;
    }
}
