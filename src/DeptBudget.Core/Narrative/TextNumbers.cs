using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DeptBudget.Core.Narrative;

/// <summary>
/// The one parser of numbers in narrative text: 1,352.27 and 1352.27, full-width digits and punctuation
/// (１３５２．２７, ％), 万元 / 元 / 亿元 (converted to 万元 exactly), percents, years, head counts (人, 名), and LaTeX remnants of
/// converted documents (<c>$\leq 5\%$</c>, <c>$1352.27$</c>).
/// </summary>
public static partial class TextNumbers
{
    /// <summary>Full-width digits, letters and signs to ASCII; LaTeX marks dropped; thousands separators removed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latex = LatexComparison().Replace(text, m => m.Groups[1].Value.StartsWith('l') ? "≤" : "≥")
            .Replace(@"\%", "%", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal);
        var builder = new StringBuilder(latex.Length);
        foreach (var c in latex)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '％' => '%',
                '（' => '(',
                '）' => ')',
                '－' or '−' => '-',
                '＜' => '<',
                '＞' => '>',
                '\u3000' or '\u00a0' => ' ',
                _ => c,
            });
        }

        return Thousands().Replace(builder.ToString(), "");
    }

    /// <summary>Every number in already normalised text, in order.</summary>
    public static IReadOnlyList<TextNumber> Find(string normalized)
    {
        var numbers = new List<TextNumber>();
        foreach (Match m in Number().Matches(normalized))
        {
            var digits = m.Groups["num"].Value;
            var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var scale = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var precision = Pow10(-scale);
            var sign = m.Groups["neg"].Success ? -1 : 1;
            var unitText = m.Groups["unit"].Value;
            var (unit, factor) = unitText switch
            {
                "万元" => (NumberUnit.TenThousandYuan, 1m),
                "亿元" => (NumberUnit.TenThousandYuan, 10000m),
                "元" => (NumberUnit.TenThousandYuan, 0.0001m),
                "%" => (NumberUnit.Percent, 1m),
                "年" when scale == 0 && value is >= 1949 and <= 2200 => (NumberUnit.Year, 1m),
                "人" or "名" when scale == 0 => (NumberUnit.Persons, 1m),
                _ => (NumberUnit.Other, 1m),
            };
            var comparator = m.Groups["cmp"].Success ? m.Groups["cmp"].Value[0] : (char?)null;
            numbers.Add(new TextNumber
            {
                Start = m.Index,
                End = m.Index + m.Length,
                Value = sign * value * factor,
                Unit = unit,
                Precision = precision * factor,
                Text = m.Value[(m.Groups["cmp"].Success ? m.Groups["cmp"].Length : 0)..].Trim(),
                Comparator = comparator,
            });
        }

        return numbers;
    }

    /// <summary>Parses one figure such as “1,352.27 万元”, “１３５２．２７”, “17.14%” or “$\leq 5\%$”; null when it is none.</summary>
    public static TextNumber? ParseOne(string text)
    {
        var numbers = Find(Normalize(text));
        return numbers.Count == 1 ? numbers[0] : null;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10 : result * 10;
        }

        return result;
    }

    [GeneratedRegex(@"\\(leqslant|geqslant|leq|geq|le|ge)(?![A-Za-z])")]
    private static partial Regex LatexComparison();

    [GeneratedRegex(@"(?<=\d)[,，](?=\d{3}(?!\d))")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<cmp>[≤≥<>]\s*)?(?<neg>-)?(?<![\d.])(?<num>\d+(?:\.\d+)?)(?:\s*(?<unit>万元|亿元|元|%|年|人(?!次)|名))?")]
    private static partial Regex Number();
}
