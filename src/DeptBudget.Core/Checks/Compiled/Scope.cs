using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>What "@" stands for while a compiled forEach runs, with the current column's figures at hand.</summary>
internal readonly record struct Scope(TableIndex? Table, int Row, TableRow? RowObject, string? ColumnKey, decimal[]? ColumnValues)
{
    public static Scope None { get; } = new(null, -1, null, null, null);

    public Location Location() => Table is null ? new Location() : Locations.Of(Table.Table, RowObject, ColumnKey);
}

/// <summary>
/// A value during evaluation: the figure, how many printed figures were added to make it (for the rounding allowance
/// of 0.01 per summed row), and where it was read when it is one cell (the location is only built when a finding
/// needs it).
/// </summary>
internal readonly record struct Val(decimal Value, int Terms, TableIndex? Table, int Row, string? Column, string? RowText)
{
    public static Val Of(decimal value) => new(value, 0, null, -1, null, null);

    public decimal RoundingAllowance => Terms > 1 ? 0.01m * Terms : 0m;

    public Val Detached(decimal value) => new(value, Terms, null, -1, null, null);

    public Location? Cell() => Table is null ? null : Locations.Of(Table.Table, Row < 0 ? null : Table.Rows[Row], Column, RowText);
}

/// <summary>Both sides of a comparison, their difference, and whether it holds (within tolerance and rounding allowance).</summary>
internal readonly record struct Outcome(Val Left, Val Right, decimal Difference, bool Holds, bool WithinTolerance);
