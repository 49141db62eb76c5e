using DeptBudget.Core.Checks;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// Whether a target can be measured: a number with its unit, or a qualitative word a reviewer can check as yes or
/// no (健全, 合规, or the word the name asks for: 预算编制科学性 → 科学). Vague words (data/targets/vague-words.txt),
/// prose, a unit without a number and a bare number are reported.
/// </summary>
internal static class Measurability
{
    public static void Run(FindingSink sink, Indicator indicator, ReviewVocabulary vocabulary)
    {
        var isCost = indicator.Level1.Contains("成本", StringComparison.Ordinal) || indicator.Level2.Contains("成本", StringComparison.Ordinal);
        switch (indicator.Target)
        {
            case UnreadableTarget unreadable:
                sink.Indicator("target-unreadable", Severity.Warning, indicator, "指标值",
                    $"指标值“{unreadable.Text}”读不出数值：{unreadable.Reason}；应写成比较符号、数值和单位，如“≥95%”。");
                break;
            case QualitativeTarget qualitative:
                Qualitative(sink, indicator, qualitative.Text.Trim(), isCost, vocabulary);
                break;
            case QuantitativeTarget { Operator: Comparison.None, Unit: "" } bare:
                sink.Indicator("target-unit-missing", Severity.Warning, indicator, "指标值", $"指标值“{bare.Text}”只有数字，没有比较符号和计量单位" + CountUnit(indicator, bare, vocabulary) + "。");
                break;
            default:
                break;
        }
    }

    private static void Qualitative(FindingSink sink, Indicator indicator, string text, bool isCost, ReviewVocabulary vocabulary)
    {
        var vague = vocabulary.VagueWords.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal));
        if (vague is not null)
        {
            sink.Indicator("target-vague", Severity.Warning, indicator, "指标值",
                $"指标值“{text}”含糊（“{vague}”），无法衡量；应给出数值和单位，或可核对的结论。");
            return;
        }

        if (isCost)
        {
            sink.Indicator("target-prose", Severity.Warning, indicator, "指标值",
                $"成本指标的指标值写成了文字“{text}”；应写成金额、人数或比率，如“≤43万元”。");
            return;
        }

        if (IsCheckable(indicator.Level3, text, vocabulary))
        {
            return;
        }

        var isProse = text.Length > 8 || text.Contains('，') || text.Contains(',');
        sink.Indicator(isProse ? "target-prose" : "target-vague", Severity.Warning, indicator, "指标值", isProse
            ? $"指标值是一段叙述“{text}”，不是可衡量的值；应写成数值和单位。"
            : $"定性指标值“{text}”不是可核对的结论（如 健全、合规、完成），无法衡量。");
    }

    private static bool IsCheckable(string name, string text, ReviewVocabulary vocabulary)
    {
        if (vocabulary.CheckableWords.Contains(text, StringComparer.Ordinal))
        {
            return true;
        }

        var stem = name.EndsWith('性') ? name[..^1] : "";
        return stem.Length > 0 && stem.EndsWith(text, StringComparison.Ordinal);
    }

    /// <summary>For a count indicator (…人才数量, …人数), the unit it is counted in.</summary>
    private static string CountUnit(Indicator indicator, QuantitativeTarget bare, ReviewVocabulary vocabulary)
    {
        var name = FormulaRules.Name(indicator);
        var unit = vocabulary.CountUnits.Where(c => name.EndsWith(c.Ending, StringComparison.Ordinal)).OrderByDescending(c => c.Ending.Length).FirstOrDefault().Unit;
        return unit is null ? "" : $"；“{name}”是计数指标，应写明单位，如“{bare.Text}{unit}”";
    }
}
