using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Cell and label texts as printed: full-width digits and punctuation, thousands separators, LaTeX remnants of a PDF
/// conversion (<c>$1{,}352.27$</c>, <c>\,</c>), blank for no figure.
/// </summary>
public static partial class CellText
{
    /// <summary>Full-width forms to ASCII, LaTeX remnants removed, spaces trimmed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        var cleaned = Latex().Replace(builder.ToString(), "");
        return cleaned.Trim();
    }

    /// <summary>
    /// A figure: true with null for a blank (or a dash), true with the value for a number, false for anything else.
    /// </summary>
    public static bool TryFigure(string text, out decimal? value)
    {
        value = null;
        var cleaned = Clean(text).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (cleaned.Length == 0 || cleaned is "-" or "—" or "--" or "——")
        {
            return true;
        }

        if (Figure().IsMatch(cleaned) && decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>Whether the text is a figure with at least one digit.</summary>
    public static bool IsNumber(string text) => TryFigure(text, out var value) && value is not null;

    /// <summary>The digits of a code cell (“201”, “2010301”, “30101”), or null when it is not a code.</summary>
    public static string? Code(string text)
    {
        var cleaned = Clean(text).Replace(" ", "", StringComparison.Ordinal);
        return cleaned.Length > 0 && cleaned.All(char.IsAsciiDigit) ? cleaned : null;
    }

    /// <summary>
    /// A label compared with another: no spaces, full-width forms folded, leading numbering (一、 （一） 1.) and the
    /// closing colon removed, “支出” at the end dropped (一般公共服务 = 一般公共服务支出).
    /// </summary>
    public static string Label(string text)
    {
        var cleaned = Clean(text).Replace(" ", "", StringComparison.Ordinal).Replace("“", "", StringComparison.Ordinal)
            .Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        cleaned = Numbering().Replace(cleaned, "").TrimEnd(':');
        return cleaned.EndsWith("支出", StringComparison.Ordinal) && cleaned.Length > 2 ? cleaned[..^2] : cleaned;
    }

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\$|\\[,;!]|\{,\}|\\text\{|\\mathrm\{")]
    private static partial Regex Latex();

    [GeneratedRegex(@"^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、](?!\d))")]
    private static partial Regex Numbering();
}
