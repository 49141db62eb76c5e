using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Narrative;

/// <summary>
/// The facts as a pseudo-table for reviewers' rules (<c>[narrative|basic|share] &gt;= 60</c>): one row per subject of
/// the vocabulary (so a rule naming a subject the text does not quote still validates and reads empty), value columns
/// amount, share, change, changePct from the subject's first mention of each kind.
/// </summary>
public static class NarrativeTable
{
    public const string TableId = "narrative";

    public static Table From(NarrativeFacts facts, SubjectVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var rows = vocabulary.Keys.Select(key =>
        {
            NarrativeFact? First(FactKind kind) => facts.Facts.FirstOrDefault(f => f.Kind == kind && f.Subject == key);
            var change = First(FactKind.Change);
            return new TableRow
            {
                Key = key,
                Label = vocabulary.Label(key),
                Level = 1,
                Cells = new Dictionary<string, decimal?>(StringComparer.Ordinal)
                {
                    ["amount"] = First(FactKind.Amount)?.Value,
                    ["share"] = First(FactKind.Share)?.Value,
                    ["change"] = change?.Value,
                    ["changePct"] = change?.SignedPercent,
                },
            };
        }).ToList();
        return new Table
        {
            Id = TableId,
            Number = "情况说明",
            Title = "情况说明中的数字",
            Columns =
            [
                new Column { Label = "项目", Kind = ColumnKind.Label },
                new Column { Key = "amount", Label = "金额" },
                new Column { Key = "share", Label = "占比(%)" },
                new Column { Key = "change", Label = "比上年增减" },
                new Column { Key = "changePct", Label = "增减(%)" },
            ],
            Rows = rows,
        };
    }
}
