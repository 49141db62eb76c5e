using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// What one body cell prints: <see cref="Text"/> for label, code and text columns, <see cref="Number"/> for value
/// columns. <see cref="Row"/> is null where a two-sided table pads its shorter side.
/// </summary>
public sealed record BodyCell(Column Column, TableRow? Row, string Text, decimal? Number)
{
    public bool IsValue => Column.Kind == ColumnKind.Value;

    public RowRole Role => Row?.Role ?? RowRole.Detail;

    public int Level => Row?.Level ?? 0;

    /// <summary>Totals are printed bold.</summary>
    public bool IsEmphasised => Role is RowRole.Total;
}

/// <summary>One printed body line: one cell per leaf column.</summary>
public sealed record BodyLine(IReadOnlyList<BodyCell> Cells);
