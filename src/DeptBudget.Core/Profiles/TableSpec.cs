using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Profiles;

/// <summary>How one standard table is laid out and what each of its cells sums.</summary>
public sealed record TableSpec
{
    /// <summary>One of <see cref="StandardTables"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The printed number, e.g. "预算03表".</summary>
    public required string Number { get; init; }

    /// <summary>Title template; {year}, {department} and {unit} are replaced.</summary>
    public required string Title { get; init; }

    public IReadOnlyList<string> Subtitles { get; init; } = [];

    public TableUnit Unit { get; init; } = TableUnit.TenThousandYuan;

    /// <summary>One part for an ordinary table; a left (收入) and a right (支出) part for a two-sided one.</summary>
    public required IReadOnlyList<PartSpec> Parts { get; init; }

    /// <summary>Note printed when the table has no figure, e.g. "说明：…故此表无数据。".</summary>
    public string? EmptyNote { get; init; }

    /// <summary>Notes always printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A block of rows and columns over one kind of line.</summary>
public sealed record PartSpec
{
    public TableSide Side { get; init; } = TableSide.None;

    /// <summary>Group label over a side's columns ("收入", "支出").</summary>
    public string? Label { get; init; }

    public LineSource Source { get; init; } = LineSource.Expenditures;

    /// <summary>Applies to every cell of the part.</summary>
    public LineFilter? Filter { get; init; }

    public required IReadOnlyList<RowBlockSpec> Rows { get; init; }

    public required IReadOnlyList<ColumnSpec> Columns { get; init; }
}

/// <summary>Which lines of the dataset a part sums.</summary>
public enum LineSource
{
    Expenditures,
    Revenues,
    ThreePublic,
    Procurement,
}

/// <summary>A column header; a leaf is printed and says what it shows.</summary>
public sealed record ColumnSpec
{
    public string? Key { get; init; }

    public required string Label { get; init; }

    public ColumnKind Kind { get; init; } = ColumnKind.Value;

    /// <summary>For text columns: which row text (unitCode, unitName, govCode, govName, category, itemCode …).</summary>
    public string? Text { get; init; }

    /// <summary>For value columns: which lines the cell sums, on top of the row's and the part's filter.
    /// A document-only column sums nothing.</summary>
    public LineFilter? Filter
    {
        get => DocumentOnly ? LineFilter.Never : field;
        init;
    }

    /// <summary>
    /// A figure only a published document has (年末结转和结余, 决算数): read from documents, derived from a dataset as
    /// blank, since a budget dataset cannot fill it.
    /// </summary>
    public bool DocumentOnly { get; init; }

    /// <summary>For value columns of three-public and procurement parts: which figure (see docs/PROFILES.md).</summary>
    public string? Measure { get; init; }

    /// <summary>False for figures that do not add up (quantity, unit price): left empty in total rows.</summary>
    public bool Additive { get; init; } = true;

    public IReadOnlyList<ColumnSpec> Children { get; init; } = [];
}
