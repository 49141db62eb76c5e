using DeptBudget.Core.Checks;
using static DeptBudget.Core.Targets.Review.FindingSink;

namespace DeptBudget.Core.Targets.Review;

/// <summary>One indicator row on its own: empty rows, names, measurability, operator direction, basis and class.</summary>
internal static class IndicatorRules
{
    public static void Run(FindingSink sink, Indicator indicator, FormTemplate template, ReviewVocabulary vocabulary)
    {
        if (indicator.IsEmpty)
        {
            sink.Indicator("target-empty-row", Severity.Warning, indicator, "三级指标", indicator.Explanation.Length > 0
                ? "本行只有指标说明，没有指标名称和指标值；应补上指标和指标值，或把说明并入所属指标。"
                : "本行没有指标名称和指标值；应补上指标和指标值，或删去这一行。");
            return;
        }

        Names(sink, indicator);
        Measurability.Run(sink, indicator, vocabulary);
        Operator(sink, indicator, vocabulary);
        if (template.HasColumn("basis") && indicator.Target is not MissingTarget)
        {
            if (!vocabulary.Bases.Contains(indicator.Basis, StringComparer.Ordinal))
            {
                sink.Indicator("target-basis", Severity.Warning, indicator, "指标值确定依据", indicator.Basis.Length == 0
                    ? "没有填指标值确定依据；应为 " + string.Join("、", vocabulary.Bases) + " 之一。"
                    : $"指标值确定依据“{indicator.Basis}”不在 {string.Join("、", vocabulary.Bases)} 之中。");
            }

            if (template.HasColumn("class") && !vocabulary.Classes.Contains(indicator.Class, StringComparer.Ordinal))
            {
                sink.Indicator("target-class", Severity.Notice, indicator, "指标分类", indicator.Class.Length == 0
                    ? "没有填指标分类（绩效基本型 / 绩效创新型）；本行可能错位。"
                    : $"指标分类“{indicator.Class}”应为绩效基本型或绩效创新型。");
            }
        }
    }

    private static void Names(FindingSink sink, Indicator indicator)
    {
        foreach (var note in indicator.ReadingNotes)
        {
            sink.Indicator("target-label", Severity.Warning, indicator, "一级指标", note + "。");
        }

        if (indicator.Level3.Length == 0)
        {
            sink.Indicator("target-missing-name", Severity.Warning, indicator, "三级指标", $"有指标值“{indicator.Target.Text}”却没有三级指标名称。");
        }
        else if (LooksLikeDescription(indicator.Level3))
        {
            sink.Indicator("target-label", Severity.Warning, indicator, "三级指标", $"三级指标“{indicator.Level3}”是一句说明，不是指标名称；应写成简短的指标名称。");
        }
    }

    /// <summary>A sentence (ends with 。 or ；, or begins with 反映) where a name belongs.</summary>
    private static bool LooksLikeDescription(string name) =>
        name.EndsWith('。') || name.EndsWith('；') || name.StartsWith("反映", StringComparison.Ordinal);

    private static void Operator(FindingSink sink, Indicator indicator, ReviewVocabulary vocabulary)
    {
        var direction = vocabulary.Directions.Of(indicator.Level3, indicator.Level2, indicator.Level1);
        foreach (var part in Parts(indicator.Target))
        {
            var wrongWay = (direction == Direction.LowerIsBetter && part.Operator.IsLowerBound())
                || (direction == Direction.HigherIsBetter && part.Operator.IsUpperBound() && !(part.Unit == "%" && part.Value == 100));
            if (wrongWay)
            {
                var better = direction == Direction.LowerIsBetter ? "越低越好" : "越高越好";
                var sign = direction == Direction.LowerIsBetter ? "≤" : "≥";
                sink.Indicator("target-operator-direction", Severity.Warning, indicator, "指标值",
                    $"“{indicator.Level3}”{better}，指标值却写成“{part.Text}”；比较符号方向可能写反，应为 {sign}{Number(part.Value)}{part.Unit}。");
            }
            else if (part.Operator == Comparison.None && part.Unit == "%" && part.Value > 0 && direction == Direction.LowerIsBetter)
            {
                sink.Indicator("target-operator-missing", Severity.Warning, indicator, "指标值",
                    $"“{indicator.Level3}”越低越好，指标值“{part.Text}”却没有比较符号；应写成 ≤{Number(part.Value)}%。");
            }
        }
    }

    public static IEnumerable<QuantitativeTarget> Parts(Target target) => target switch
    {
        QuantitativeTarget one => [one],
        CompoundTarget many => many.Parts,
        _ => [],
    };
}
