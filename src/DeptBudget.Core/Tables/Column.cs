namespace DeptBudget.Core.Tables;

/// <summary>A column header; a group when it has children, a printed column when it is a leaf.</summary>
public sealed record Column
{
    /// <summary>Unique key of a leaf within its table; groups may have none.</summary>
    public string? Key { get; init; }

    public required string Label { get; init; }

    public ColumnKind Kind { get; init; } = ColumnKind.Value;

    /// <summary>For <see cref="ColumnKind.Text"/> leaves: the key into <see cref="TableRow.Texts"/>.</summary>
    public string? TextKey { get; init; }

    public TableSide Side { get; init; } = TableSide.None;

    public IReadOnlyList<Column> Children { get; init; } = [];

    public bool IsLeaf => Children.Count == 0;

    public IEnumerable<Column> Leaves() => IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());

    /// <summary>Depth of the header tree under and including this column.</summary>
    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);
}

/// <summary>What a leaf column prints for each row.</summary>
public enum ColumnKind
{
    /// <summary>A figure from <see cref="TableRow.Cells"/>.</summary>
    Value,

    /// <summary>The row's label.</summary>
    Label,

    /// <summary>The row's whole code (7-digit function code, unit code …).</summary>
    Code,

    /// <summary>The 类 part of a function code.</summary>
    CodeClass,

    /// <summary>The 款 part of a function code.</summary>
    CodeSection,

    /// <summary>The 项 part of a function code.</summary>
    CodeItem,

    /// <summary>A text from <see cref="TableRow.Texts"/> (e.g. the unit code, a government economic code).</summary>
    Text,
}
