using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>
/// The parts of one whole: the amounts of a “其中：” list add up to the whole (an error when they exceed it, or when
/// they are all the parts the vocabulary knows, e.g. 货物 + 工程 + 服务 = 政府采购; a warning when fewer may be
/// listed), and the shares of the parts of one whole add up to 100%. 0.01 per figure added is rounding.
/// </summary>
internal static class NarrativeSums
{
    public static void Check(NarrativeFacts facts, SubjectVocabulary vocabulary, NarrativeFindings findings)
    {
        var all = facts.Facts;
        foreach (var list in all.Where(f => f is { Kind: FactKind.Amount, Group: > 0 }).GroupBy(f => f.Group))
        {
            var first = list.First();
            var whole = all.TakeWhile(f => !ReferenceEquals(f, first)).LastOrDefault(f => f.Kind == FactKind.Amount && f.Subject == first.Whole);
            if (whole is null)
            {
                continue;
            }

            var parts = list.ToList();
            if (parts.Count < 2)
            {
                continue; // “其中：财政拨款 …” names one part, not a list to add up
            }

            var sum = parts.Sum(p => p.Value);
            var complete = vocabulary.Parts(whole.Subject!) is { Count: > 0 } known && known.All(k => parts.Any(p => p.Subject == k));
            var severity = complete || sum > whole.Value ? Severity.Error : Severity.Warning;
            var note = severity == Severity.Warning ? "如“其中”只列了部分项目，可忽略。" : "";
            findings.Compare(NarrativeChecks.SumRule, severity, parts[^1].Sentence,
                $"“其中”所列{string.Join("、", parts.Select(p => findings.Name(p.Subject)))}之和与{findings.Name(whole.Subject)} {whole.Figure}不一致",
                sum, whole.Value, 0.01m * parts.Count, percent: false, note);
        }

        var shares = all.Where(f => f is { Kind: FactKind.Share, Whole: not null })
            .GroupBy(f => f.Group > 0 ? $"g{f.Group}" : $"{f.Sentence.Section}/{f.Sentence.Paragraph}/{f.Whole}");
        foreach (var group in shares.Select(g => g.ToList()).Where(g => g.Count >= 2))
        {
            var sum = group.Sum(s => s.Value);
            findings.Compare(NarrativeChecks.SumRule, sum > 100 ? Severity.Error : Severity.Warning, group[^1].Sentence,
                $"{string.Join("、", group.Select(s => findings.Name(s.Subject)))}占{findings.Name(group[0].Whole)}的比重之和不是 100%",
                sum, 100, 0.01m * group.Count, percent: true, sum > 100 ? "" : "如只列了部分项目，可忽略。");
        }
    }
}
