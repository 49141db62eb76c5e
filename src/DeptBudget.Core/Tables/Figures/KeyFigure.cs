namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// One row of the key-figures table before its computed columns: the figure this year (null when neither the
/// tables nor the dataset hold it), last year's (null when not given) and the key of the whole it is a share of.
/// </summary>
internal sealed record KeyFigure(string Key, string Label, int Level, decimal? ThisYear, decimal? LastYear)
{
    /// <summary>The key of the figure this one is a share of (占比的基数).</summary>
    public string? ShareOf { get; init; }

    public RowRole Role { get; init; } = RowRole.Detail;

    /// <summary>The function 类 code of a class:… row, so that rules can pick these rows with fn=3.</summary>
    public string? FunctionCode { get; init; }
}
