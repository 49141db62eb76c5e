namespace DeptBudget.Core.Checks.Language;

/// <summary>
/// A value during evaluation: the figure, how many printed figures were added to make it (for the rounding
/// allowance of 0.01 per summed row), and the cell it was read from when it is one cell.
/// </summary>
public readonly record struct Amount(decimal Value, int Terms, Location? Cell)
{
    public static Amount Of(decimal value) => new(value, 0, null);

    /// <summary>0.01 for each figure summed; a single figure has no allowance.</summary>
    public decimal RoundingAllowance => Terms > 1 ? 0.01m * Terms : 0m;
}
