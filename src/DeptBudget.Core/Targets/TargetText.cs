using System.Text;
using System.Text.RegularExpressions;

namespace DeptBudget.Core.Targets;

/// <summary>
/// Brings the ways a target is typed to one spelling before parsing: full-width digits and signs, "&gt;=",
/// ≧, and the LaTeX a PDF converter leaves ("$\leq 5\%$").
/// </summary>
internal static partial class TargetText
{
    private static readonly (string From, string To)[] Replacements =
    [
        ("\\leqslant", "≤"), ("\\geqslant", "≥"), ("\\leq", "≤"), ("\\geq", "≥"), ("\\le", "≤"), ("\\ge", "≥"),
        ("\\lt", "<"), ("\\gt", ">"), ("\\times", "*"), ("\\%", "%"), ("\\approx", "≈"),
        (">=", "≥"), ("=>", "≥"), ("<=", "≤"), ("=<", "≤"), ("≧", "≥"), ("≦", "≤"), ("×", "*"), ("＊", "*"), ("\u2212", "-"),
    ];

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' when c is not ('，' or '；' or '（' or '）') => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        var normalized = builder.ToString();
        foreach (var (from, to) in Replacements)
        {
            normalized = normalized.Replace(from, to, StringComparison.Ordinal);
        }

        normalized = normalized.Replace("$", "", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        normalized = ThousandsSeparator().Replace(normalized, "$1$2");
        return Whitespace().Replace(normalized, " ").Trim().TrimEnd(',', '，', '。', ';', '；', '、', '.').Trim();
    }

    [GeneratedRegex(@"(\d),(\d{3})(?!\d)")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
