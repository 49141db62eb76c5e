using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Checks;

/// <summary>
/// Reads the key-figures pseudo-table (Id <see cref="TableId"/>): rows keyed by subject, value columns thisYear,
/// lastYear, change, changePct, share, text column shareOf. An empty cell is null (not given); 0 is zero.
/// </summary>
public sealed class NarrativeKeyFigures(Table table)
{
    public const string TableId = StandardTables.KeyFigures;

    public KeyFigure? Find(string? subject) => subject is not null && table.FindRow(subject) is { } row
        ? new KeyFigure(row[KeyFigures.ThisYear], row[KeyFigures.LastYear], row[KeyFigures.Change], row[KeyFigures.ChangePct], row[KeyFigures.Share], row.Texts.GetValueOrDefault(KeyFigures.ShareOf))
        : null;
}

/// <summary>One row of the key figures.</summary>
public sealed record KeyFigure(decimal? ThisYear, decimal? LastYear, decimal? Change, decimal? ChangePct, decimal? Share, string? ShareOf)
{
    /// <summary>This year − last year, when last year is given.</summary>
    public decimal? Difference => Change ?? (ThisYear is { } t && LastYear is { } l ? t - l : null);
}
