using System.Globalization;
using System.Text;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Reads numbers and code prefixes from what users type or paste.</summary>
internal static class CellText
{
    /// <summary>
    /// Reads a number as stored by Excel ("1352.27", "1.5E-3") or typed as text ("1,352.27", "　2406.62",
    /// full-width digits). Values with more than 15 significant digits are binary-floating-point
    /// artefacts of a pasted formula result and are rounded as Excel displays them.
    /// </summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        if (text.Length <= 15 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            value = Normalize(value);
            return true;
        }

        value = 0;
        var clean = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                >= '０' and <= '９' => (char)(raw - '０' + '0'),
                '．' => '.',
                '－' or '−' => '-',
                '＋' => '+',
                _ => raw,
            };
            if (c is ',' or '，' || char.IsWhiteSpace(c))
            {
                continue;
            }

            clean.Append(c);
        }

        var s = clean.ToString();
        if (s.Length == 0 || !decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (SignificantDigits(s) > 15 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            value = (decimal)d;
        }

        value = Normalize(value);
        return true;
    }

    /// <summary>Drops trailing zeros (100.50 → 100.5) so that equal amounts are written alike.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// The leading code of "2010301 行政运行", "201 03 01 行政运行" or "[A02010105]台式计算机": digits
    /// (and letters for 品目) with the separators tables use, up to the name.
    /// </summary>
    public static string CodePrefix(string text)
    {
        var trimmed = text.Trim().TrimStart('[', '【');
        var end = 0;
        while (end < trimmed.Length && (char.IsAsciiDigit(trimmed[end]) || trimmed[end] is (>= '０' and <= '９') or ' ' or '\u3000' or '|' or '-' or '.'))
        {
            end++;
        }

        return trimmed[..end].Trim();
    }

    /// <summary>Splits "[A02010105]台式计算机" or "A02010105 台式计算机" into 品目编码 and 名称.</summary>
    public static (string Code, string? Name) SplitItem(string text)
    {
        var trimmed = text.Trim().TrimStart('[', '【');
        var end = 0;
        while (end < trimmed.Length && char.IsAsciiLetterOrDigit(trimmed[end]))
        {
            end++;
        }

        var name = trimmed[end..].TrimStart(']', '】', ' ', '\u3000').Trim();
        return (trimmed[..end], name.Length == 0 ? null : name);
    }

    private static int SignificantDigits(string s)
    {
        var mantissa = s.Split('E', 'e')[0];
        var digits = mantissa.Where(char.IsAsciiDigit).SkipWhile(c => c == '0').Count();
        return digits;
    }
}
