using DeptBudget.Core.Checks;
using static DeptBudget.Core.Targets.Review.FindingSink;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// Parts of a form against each other: copied explanations, task descriptions swapped with their indicators', cost
/// indicators against the project's budget, long-term against annual targets, previous years against this year.
/// </summary>
internal static class ConsistencyRules
{
    public static void Run(FindingSink sink, ReviewVocabulary vocabulary)
    {
        var form = sink.Form;
        CopiedExplanations(sink, form.AllIndicators.ToList());
        SwappedDescriptions(sink, form.Tasks, form.AllIndicators.ToList());
        CostAgainstBudget(sink, form.Projects);
        if (form.LongTerm is { } longTerm && form.Annual is { } annual)
        {
            LongTermAgainstAnnual(sink, longTerm.Indicators, annual.Indicators);
        }

        foreach (var indicator in form.Annual?.Indicators ?? [])
        {
            PreviousYears(sink, indicator, vocabulary);
        }
    }

    /// <summary>An explanation that names another indicator, not its own, and is word for word that indicator's: copied from it.</summary>
    private static void CopiedExplanations(FindingSink sink, List<Indicator> indicators)
    {
        foreach (var indicator in indicators.Where(i => i.Explanation.Length >= 10 && i.Level3.Length > 0))
        {
            var owner = indicators.FirstOrDefault(other => other != indicator && other.Level3.Length >= 4 && other.Level3 != indicator.Level3
                && other.Explanation == indicator.Explanation && indicator.Explanation.Contains(other.Level3, StringComparison.Ordinal)
                && !indicator.Explanation.Contains(indicator.Level3, StringComparison.Ordinal));
            if (owner is not null)
            {
                sink.Indicator("target-copied-explanation", Severity.Warning, indicator, "指标解释",
                    $"“{indicator.Level3}”的指标解释与“{owner.Level3}”的一字不差，讲的是“{owner.Level3}”；应写本指标自己的解释和公式。");
            }
        }
    }

    /// <summary>
    /// A task and the output indicator of the same name describe the same work. When task A's text matches B's
    /// indicator better than A's own, and B's matches A's, the two descriptions were swapped.
    /// </summary>
    private static void SwappedDescriptions(FindingSink sink, IReadOnlyList<FormTask> tasks, List<Indicator> indicators)
    {
        var paired = tasks.Where(t => t.Content.Length > 0)
            .Select(t => (Task: t, Indicator: indicators.FirstOrDefault(i => i.Level3 == t.Name && i.Explanation.Length > 0)))
            .Where(p => p.Indicator is not null).ToList();
        for (var a = 0; a < paired.Count; a++)
        {
            for (var b = a + 1; b < paired.Count; b++)
            {
                var (first, second) = (paired[a], paired[b]);
                var own = TextSimilarity.Of(first.Task.Content, first.Indicator!.Explanation) + TextSimilarity.Of(second.Task.Content, second.Indicator!.Explanation);
                var crossed = TextSimilarity.Of(first.Task.Content, second.Indicator.Explanation) + TextSimilarity.Of(second.Task.Content, first.Indicator.Explanation);
                if (crossed > 2 * own && crossed > 0.5)
                {
                    sink.Add("target-swapped-description", Severity.Error, first.Task.Source, first.Task.Name, "主要内容",
                        $"任务“{first.Task.Name}”与“{second.Task.Name}”的主要内容对调了：各自的内容与对方的产出指标说明相符（“{first.Task.Content}” ↔ “{second.Task.Content}”）。");
                }
            }
        }
    }

    /// <summary>A cost indicator in 万元 (成本指标) is the project's budget; a different figure contradicts the form's own money.</summary>
    private static void CostAgainstBudget(FindingSink sink, IReadOnlyList<FormProject> projects)
    {
        foreach (var project in projects.Where(p => (p.AnnualBudget ?? p.TotalBudget) is not null))
        {
            var budget = (project.AnnualBudget ?? project.TotalBudget)!.Value;
            foreach (var indicator in project.Indicators.Where(i => i.Level1.Contains("成本", StringComparison.Ordinal) || i.Level2.Contains("成本", StringComparison.Ordinal)))
            {
                foreach (var part in IndicatorRules.Parts(indicator.Target).Where(p => p.Unit is "万元" or "元"))
                {
                    var amount = part.Unit == "元" ? part.Value / 10000 : part.Value;
                    if (amount != budget)
                    {
                        sink.Indicator("target-cost-budget", Severity.Warning, indicator, "指标值",
                            $"项目“{project.Describe()}”的成本指标为 {part.Text}，与项目资金 {Number(budget)} 万元不符，相差 {Number(amount - budget)} 万元。",
                            amount, budget);
                    }
                }
            }
        }
    }

    private static void LongTermAgainstAnnual(FindingSink sink, IReadOnlyList<Indicator> longTerm, IReadOnlyList<Indicator> annual)
    {
        foreach (var goal in longTerm.Where(i => i.Level3.Length > 0 && i.Target is QuantitativeTarget))
        {
            var match = annual.FirstOrDefault(a => a.Level3 == goal.Level3);
            if (match is null)
            {
                sink.Indicator("target-long-term-annual", Severity.Notice, goal, "三级指标",
                    $"长期指标“{goal.Level3}”（{goal.Target.Text}）在年度绩效指标中没有对应的指标；年度指标应落实长期目标。");
                continue;
            }

            if (goal.Target is QuantitativeTarget far && match.Target is QuantitativeTarget near && far.Unit == near.Unit
                && ((far.Operator.IsLowerBound() && near.Operator.IsUpperBound()) || (far.Operator.IsUpperBound() && near.Operator.IsLowerBound())))
            {
                sink.Indicator("target-long-term-annual", Severity.Warning, match, "指标值",
                    $"年度指标值“{near.Text}”与长期指标值“{far.Text}”方向相反。");
            }
        }
    }

    /// <summary>This year's target looser than what the previous year already reached (for the indicator's direction).</summary>
    private static void PreviousYears(FindingSink sink, Indicator indicator, ReviewVocabulary vocabulary)
    {
        if (indicator.PreviousValues.Count == 0 || indicator.Target is not QuantitativeTarget target
            || TargetParser.Parse(indicator.PreviousValues[^1]) is not QuantitativeTarget last || last.Unit != target.Unit || last.Operator != Comparison.None)
        {
            return;
        }

        var direction = vocabulary.Directions.Of(indicator.Level3, indicator.Level2, indicator.Level1);
        var looser = (direction == Direction.HigherIsBetter && target.Value < last.Value) || (direction == Direction.LowerIsBetter && target.Value > last.Value);
        if (looser)
        {
            sink.Indicator("target-previous-years", Severity.Notice, indicator, "指标值",
                $"上年已达到 {last.Text}，本年目标 {target.Text} 反而放宽；请核对上年值或提高目标。", target.Value, last.Value);
        }
    }
}
