using System.Text.RegularExpressions;

namespace DeptBudget.Core.Targets.Review;

/// <summary>A formula written in an explanation, “名称=（甲/乙）×100%”: the name it computes and the names it reads.</summary>
internal sealed partial record StatedFormula(string Name, string Text, IReadOnlyList<string> Terms)
{
    /// <summary>Every “名称=…” in the text, up to the end of its sentence.</summary>
    public static IReadOnlyList<StatedFormula> In(string text) =>
        Written().Matches(text).Select(m => new StatedFormula(m.Groups["name"].Value, m.Value.Trim(),
            Words().Matches(m.Groups["body"].Value).Select(w => w.Value).Prepend(m.Groups["name"].Value).ToList())).ToList();

    /// <summary>Whether it computes a ratio (×100%, ÷ … %) rather than a count.</summary>
    public bool IsRatio => Text.Contains('%', StringComparison.Ordinal) || Text.Contains('％', StringComparison.Ordinal);

    [GeneratedRegex(@"(?<name>[\p{L}\p{Nd}“”""《》]{2,})\s*[=＝]\s*(?<body>[^。；;\n]+)")]
    private static partial Regex Written();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Words();
}
