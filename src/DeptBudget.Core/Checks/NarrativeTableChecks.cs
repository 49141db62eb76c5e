using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>A fact against the key figures: amount = this year, share = part / whole, change = this year − last year.</summary>
internal static class NarrativeTableChecks
{
    /// <summary>False when the key figures cannot judge the fact (no row, or no last year for a change).</summary>
    public static bool Check(NarrativeFact fact, NarrativeKeyFigures table, NarrativeFindings findings)
    {
        if (table.Find(fact.Subject) is not { } row)
        {
            return false;
        }

        var name = findings.Name(fact.Subject);
        switch (fact.Kind)
        {
            case FactKind.Amount when row.ThisYear is { } thisYear:
                findings.Compare(NarrativeChecks.AmountRule, Severity.Error, fact.Sentence, $"{name}与表中本年数不一致", fact.Value, thisYear, fact.Precision / 2, percent: false);
                return true;
            case FactKind.Share when Share(fact, row, table) is ({ } expected, var whole):
                findings.Compare(NarrativeChecks.ShareRule, Severity.Error, fact.Sentence, $"{name}占{findings.Name(whole)}的比重与表中数计算不一致", fact.Value, expected, Math.Max(0.01m, fact.Precision / 2), percent: true);
                return true;
            case FactKind.Change when row.Difference is { } change && row.ThisYear is { } thisYear && row.LastYear is { } lastYear:
                Change(fact, change, thisYear, lastYear, row.ChangePct, name, findings);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Part / the whole the text names; when the key figures lack that whole, their own share (of shareOf).</summary>
    private static (decimal? Expected, string? Whole) Share(NarrativeFact fact, KeyFigure row, NarrativeKeyFigures table) =>
        row.ThisYear is { } part && table.Find(fact.Whole)?.ThisYear is { } whole && whole != 0
            ? (Math.Round(part / whole * 100, 2, MidpointRounding.AwayFromZero), fact.Whole)
            : (row.Share, row.ShareOf);

    private static void Change(NarrativeFact fact, decimal change, decimal thisYear, decimal lastYear, decimal? changePct, string name, NarrativeFindings findings)
    {
        var direction = fact.Direction ?? ChangeDirection.Flat;
        if (change != 0 && direction != ChangeDirectionText.Of(change) && Math.Abs(fact.Value) == Math.Abs(change))
        {
            findings.Add(NarrativeChecks.DirectionRule, Severity.Error, fact.Sentence,
                $"{name}比上年{(change > 0 ? "增加" : "减少")} {NarrativeFindings.Format(Math.Abs(change))} 万元，文中写作“{direction.Label(percent: false)}”。", fact.Value, change);
        }
        else
        {
            findings.Compare(NarrativeChecks.ChangeRule, Severity.Error, fact.Sentence, $"{name}比上年的增减额与表中本年数减上年数不一致", fact.Value, change, fact.Precision / 2, percent: false);
        }

        if (fact.Percent is not { } stated)
        {
            return;
        }

        if (lastYear == 0)
        {
            if (stated != 0 || change != 0)
            {
                findings.Add(NarrativeChecks.ChangePctRule, Severity.Warning, fact.Sentence, $"{name}上年数为 0，增减百分比无法计算，应以文字说明，文中写作 {fact.Figure}。", stated);
            }

            return;
        }

        var expected = changePct ?? Math.Round(change / lastYear * 100, 2, MidpointRounding.AwayFromZero);
        NarrativePercent.Check(fact, name, expected, thisYear == 0 ? null : Math.Abs(change) / thisYear * 100, findings);
    }
}
