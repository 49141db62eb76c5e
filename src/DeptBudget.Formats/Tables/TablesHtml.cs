using System.Text;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// A self-contained HTML page (UTF-8, lang="zh-CN", inline CSS) with every table as a <c>&lt;table&gt;</c>: a caption
/// with the number and title (and the subtitle and unit lines), a header from <see cref="HeaderLayout"/>, row labels
/// as row headers, notes under the table.
/// </summary>
public static class TablesHtml
{
    /// <summary>Tables with more printed columns than this print on a landscape page.</summary>
    internal const int WideColumnCount = 8;

    public static string Write(IReadOnlyList<Table> tables)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Escape(PageTitle(tables))).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        foreach (var table in tables)
        {
            HtmlTableWriter.Write(html, table);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes UTF-8 without a byte order mark.</summary>
    public static void Write(IReadOnlyList<Table> tables, Stream output) =>
        output.Write(new UTF8Encoding(false).GetBytes(Write(tables)));

    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }

    private static string PageTitle(IReadOnlyList<Table> tables) =>
        tables.Count == 1 ? $"{tables[0].Number} {tables[0].Title}".Trim() : "部门预算表";
}
