using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>The same subject quoted with two different amounts, or two different changes against the same year.</summary>
internal static class NarrativeConsistency
{
    public static void Check(NarrativeFacts facts, NarrativeFindings findings)
    {
        foreach (var group in facts.Facts.Where(f => f.Kind is FactKind.Amount or FactKind.Change).GroupBy(f => (f.Kind, f.Subject, f.AgainstYear)))
        {
            var first = group.First();
            foreach (var later in group.Skip(1))
            {
                var allowance = Math.Max(first.Precision, later.Precision) / 2;
                if (Math.Abs(later.Value - first.Value) <= allowance)
                {
                    continue;
                }

                var what = first.Kind == FactKind.Amount ? "金额" : "比上年的增减额";
                findings.Compare(NarrativeChecks.ConsistentRule, Severity.Error, later.Sentence,
                    $"{findings.Name(first.Subject)}的{what}与前文（“{first.Sentence.SectionHeading}”第 {first.Sentence.Paragraph} 段第 {first.Sentence.Number} 句：{first.Figure}）不一致",
                    later.Value, first.Value, 0, percent: false);
            }
        }
    }
}
