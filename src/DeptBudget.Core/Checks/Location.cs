namespace DeptBudget.Core.Checks;

/// <summary>
/// Where a finding is: a cell (table, row, column), or a place in the narrative (section, paragraph, sentence).
/// Parts that do not apply are null.
/// </summary>
public sealed record Location
{
    public string? TableId { get; init; }

    /// <summary>The printed table number, e.g. "预算03表".</summary>
    public string? TableNumber { get; init; }

    public string? TableTitle { get; init; }

    public string? RowKey { get; init; }

    public string? RowLabel { get; init; }

    public string? ColumnKey { get; init; }

    /// <summary>The column's header path, e.g. "基本支出/小计".</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>For narrative checks: the section (部分) title.</summary>
    public string? Section { get; init; }

    public int? Paragraph { get; init; }

    public int? Sentence { get; init; }

    /// <summary>For a published document: the 1-based line (text, PDF page line) or paragraph (.docx) of the source.</summary>
    public int? Line { get; init; }

    /// <summary>For a published document: the PDF page or the workbook sheet, where there is one.</summary>
    public string? Page { get; init; }

    /// <summary>For a published document: the source text quoted (the cell, row label or sentence as printed).</summary>
    public string? Source { get; init; }

    /// <summary>“预算03表 “合计”行 “基本支出/小计”列” — the place in words.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (TableNumber is not null)
        {
            parts.Add(TableTitle is null ? TableNumber : $"{TableNumber}《{TableTitle}》");
        }

        if (RowLabel is not null)
        {
            parts.Add($"“{RowLabel.Trim()}”行");
        }

        if (ColumnLabel is not null)
        {
            parts.Add($"“{ColumnLabel}”列");
        }

        if (Section is not null)
        {
            parts.Add(Section);
        }

        return string.Join(" ", parts);
    }
}
