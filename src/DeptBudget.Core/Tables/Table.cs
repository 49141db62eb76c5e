namespace DeptBudget.Core.Tables;

/// <summary>
/// A derived (or read) disclosure table. Every renderer and every check works on this one model.
/// </summary>
public sealed record Table
{
    /// <summary>Stable id of the standard table, e.g. "expenditure-summary" (see <see cref="StandardTables"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The number the profile prints, e.g. "预算03表" or "附表4-3".</summary>
    public required string Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Lines printed between the title and the table, e.g. "部门名称：…".</summary>
    public IReadOnlyList<string> Subtitles { get; init; } = [];

    public TableUnit Unit { get; init; } = TableUnit.TenThousandYuan;

    /// <summary>The column tree; leaves carry keys and say what they print.</summary>
    public required IReadOnlyList<Column> Columns { get; init; }

    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Notes printed under the table (说明, 注).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when the table has no non-zero figure; its empty note is then among <see cref="Notes"/>.</summary>
    public bool IsEmpty { get; init; }

    /// <summary>Two-sided tables (收入 | 支出) print left and right rows side by side.</summary>
    public bool IsTwoSided => Columns.Any(c => c.Side != TableSide.None);

    public IEnumerable<Column> Leaves => Columns.SelectMany(c => c.Leaves());

    public IEnumerable<Column> ValueColumns => Leaves.Where(c => c.Kind == ColumnKind.Value);

    public TableRow? FindRow(string key) => Rows.FirstOrDefault(r => r.Key == key);
}

public enum TableUnit
{
    /// <summary>万元.</summary>
    TenThousandYuan,

    /// <summary>元.</summary>
    Yuan,
}

public enum TableSide
{
    None,

    /// <summary>收入 (left half of a two-sided table).</summary>
    Left,

    /// <summary>支出 (right half).</summary>
    Right,
}

public static class TableUnitText
{
    public static string Label(this TableUnit unit) => unit switch
    {
        TableUnit.TenThousandYuan => "万元",
        TableUnit.Yuan => "元",
    };
}
