using DeptBudget.Core.Checks;

namespace DeptBudget.Formats.Checks;

/// <summary>The one line the text, HTML and xlsx reports give the rules that were not run.</summary>
public static class SkippedRules
{
    /// <summary>“未运行 3 条规则（未提供上年数据）：a、b、c。”, or null when every rule ran.</summary>
    public static string? Describe(IReadOnlyList<SkippedRule> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        if (skipped.Count == 0)
        {
            return null;
        }

        var reasons = skipped.GroupBy(s => s.Reason, StringComparer.Ordinal)
            .Select(g => $"{g.Key}：{string.Join("、", g.Select(s => s.RuleId))}");
        return $"未运行 {skipped.Count} 条规则（{string.Join("；", reasons)}）。";
    }
}
