using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>A change's percent against the right figure: its direction word, its size, and the wrong base (this year's figure).</summary>
internal static class NarrativePercent
{
    /// <param name="expected">Change / last year × 100, signed.</param>
    /// <param name="wrongBase">|change| / this year × 100: what a percent computed on the wrong base would be.</param>
    public static void Check(NarrativeFact fact, string name, decimal expected, decimal? wrongBase, NarrativeFindings findings)
    {
        var stated = fact.Percent!.Value;
        if (fact.PercentDirection is { } word && expected != 0 && word != ChangeDirectionText.Of(expected) && word != fact.Direction)
        {
            findings.Add(NarrativeChecks.DirectionRule, Severity.Error, fact.Sentence,
                $"{name}比上年{(expected > 0 ? "增长" : "下降")} {NarrativeFindings.Format(Math.Abs(expected))}%，文中写作“{word.Label(percent: true)}”。", fact.SignedPercent, expected);
        }

        var allowance = Math.Max(0.01m, fact.PercentPrecision / 2);
        var magnitude = Math.Abs(expected);
        if (Math.Abs(stated - magnitude) <= allowance)
        {
            findings.Compare(NarrativeChecks.ChangePctRule, Severity.Error, fact.Sentence, $"{name}比上年的增减百分比", stated, magnitude, allowance, percent: true);
            return;
        }

        var (rule, note) = wrongBase is { } onThisYear && Math.Abs(stated - Math.Round(onThisYear, 2, MidpointRounding.AwayFromZero)) <= allowance
            ? (NarrativeChecks.PctBaseRule, $"文中的百分比是以本年数为基数计算的（增减额 ÷ 本年数），应以上年数为基数（增减额 ÷ 上年数）。")
            : (NarrativeChecks.ChangePctRule, "增减百分比应为增减额 ÷ 上年数 × 100。");
        findings.Compare(rule, Severity.Error, fact.Sentence, $"{name}比上年的增减百分比", stated, magnitude, 0, percent: true, note);
    }
}
