using System.Globalization;

namespace DeptBudget.Core.Checks;

/// <summary>The Chinese sentence of a finding: where, what the rule says, the figure stated and what it should be.</summary>
public static class FindingMessage
{
    public static string Write(Rule rule, Severity severity, Location location, decimal? stated, decimal? expected, decimal? difference, string relation = "=")
    {
        var place = location.Describe();
        var head = place.Length == 0 ? $"{rule.Title}" : $"{place}：{rule.Title}";
        if (stated is null || expected is null || difference is null)
        {
            return $"{head}，不成立。";
        }

        var should = relation switch
        {
            "<" => "应小于",
            "<=" => "应不大于",
            ">" => "应大于",
            ">=" => "应不小于",
            "<>" => "不应等于",
            _ => "应为",
        };
        var text = $"{head}，填列 {Format(stated.Value)}，{should} {Format(expected.Value)}，{(difference > 0 ? "多" : "少")} {Format(Math.Abs(difference.Value))}。";
        return severity == Severity.Rounding ? text + "差额在四舍五入尾差范围内（每个相加的数 0.01）。" : text;
    }

    public static string Format(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);
}
