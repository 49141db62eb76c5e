namespace DeptBudget.Core.Targets;

/// <summary>Where a value was read: the form's section (table), its row in that section, the column, and the line of the text.</summary>
public sealed record CellSource
{
    /// <summary>The section heading, e.g. "长期绩效指标", "年度主要任务".</summary>
    public required string Table { get; init; }

    /// <summary>1-based row within the section.</summary>
    public int Row { get; init; }

    /// <summary>1-based column of the first cell of the row as printed (after realignment, the column it was read into).</summary>
    public int Column { get; init; }

    /// <summary>1-based line in the source text.</summary>
    public int Line { get; init; }
}
