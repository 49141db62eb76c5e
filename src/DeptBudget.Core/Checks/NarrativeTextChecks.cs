using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>
/// Checks that need no table: a change's percent against its own amounts (percent = change ÷ (amount − change)),
/// direction words against each other, a share against its part and whole quoted in the text, and across sentences
/// the same subject quoted twice and the parts of one whole.
/// </summary>
internal sealed class NarrativeTextChecks(NarrativeFacts facts, SubjectVocabulary vocabulary, NarrativeFindings findings)
{
    public void CheckAlone(NarrativeFact fact)
    {
        switch (fact.Kind)
        {
            case FactKind.Change:
                Change(fact);
                break;
            case FactKind.Share when fact.Whole is { } whole && AmountOf(fact.Subject!, fact) is { } part && AmountOf(whole, fact) is { } total && total != 0:
                var expected = Math.Round(part / total * 100, 2, MidpointRounding.AwayFromZero);
                findings.Compare(NarrativeChecks.ShareRule, Severity.Error, fact.Sentence,
                    $"{findings.Name(fact.Subject)}占{findings.Name(whole)}的比重与文中金额（{NarrativeFindings.Format(part)} ÷ {NarrativeFindings.Format(total)}）不一致",
                    fact.Value, expected, Math.Max(0.01m, fact.Precision / 2), percent: true);
                break;
        }
    }

    public void CheckAcrossSentences()
    {
        NarrativeConsistency.Check(facts, findings);
        NarrativeSums.Check(facts, vocabulary, findings);
    }

    private void Change(NarrativeFact fact)
    {
        var name = findings.Name(fact.Subject);
        if (fact is { Direction: { } amountWord and not ChangeDirection.Flat, PercentDirection: { } percentWord and not ChangeDirection.Flat }
            && amountWord != percentWord)
        {
            findings.Add(NarrativeChecks.DirectionRule, Severity.Error, fact.Sentence,
                $"{name}的增减额写作“{amountWord.Label(percent: false)}”，百分比却写作“{percentWord.Label(percent: true)}”，方向自相矛盾。");
            return; // which word is wrong only the tables can tell
        }

        if (fact.Percent is null || AmountOf(fact.Subject!, fact) is not { } thisYear)
        {
            return;
        }

        var lastYear = thisYear - fact.Value;
        if (lastYear == 0)
        {
            if (fact.Percent != 0 || fact.Value != 0)
            {
                findings.Add(NarrativeChecks.ChangePctRule, Severity.Warning, fact.Sentence, $"按文中金额，{name}上年数为 0，增减百分比无法计算，应以文字说明。", fact.Percent);
            }

            return;
        }

        var expected = Math.Round(fact.Value / lastYear * 100, 2, MidpointRounding.AwayFromZero);
        NarrativePercent.Check(fact, name, expected, thisYear == 0 ? null : Math.Abs(fact.Value) / thisYear * 100, findings);
    }

    /// <summary>
    /// This year's amount of a subject as the text quotes it: in the same sentence, else the last before in the
    /// same paragraph, else its first mention anywhere.
    /// </summary>
    private decimal? AmountOf(string subject, NarrativeFact near)
    {
        var amounts = facts.Facts.Where(f => f.Kind == FactKind.Amount && f.Subject == subject).ToList();
        var s = near.Sentence;
        return (amounts.LastOrDefault(f => f.Sentence == s)
            ?? amounts.LastOrDefault(f => f.Sentence.Section == s.Section && f.Sentence.Paragraph == s.Paragraph && f.Sentence.Number <= s.Number)
            ?? amounts.FirstOrDefault())?.Value;
    }
}
