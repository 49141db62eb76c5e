using System.Globalization;
using System.Net;
using System.Text;
using DeptBudget.Core.Checks;

namespace DeptBudget.Formats.Checks;

/// <summary>Writes findings as a self-contained HTML page (zh-CN, inline CSS): a summary and a table of findings.</summary>
public static class FindingHtml
{
    private const string Css = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        + "th,td{border:1px solid #999;padding:.2em .5em}th{background:#eee}td.n{text-align:right}"
        + ".error{color:#b00}.warning{color:#a60}";

    public static void Write(CheckedDocument document, IReadOnlyList<Finding> findings, Stream stream)
    {
        var html = new StringBuilder();
        var title = E($"审核结果：{document.Department} {document.Year} 年");
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{title}</title>\n<style>{Css}</style>\n</head>\n<body>\n<h1>{title}</h1>\n");
        html.Append($"<p>式样 {E(document.Profile)}，{document.Rules.ToString(CultureInfo.InvariantCulture)} 条规则。");
        html.Append(findings.Count == 0 ? "未发现问题。" : string.Empty).Append("</p>\n");
        if (SkippedRules.Describe(document.Skipped) is { } skipped)
        {
            html.Append($"<p>{E(skipped)}</p>\n");
        }

        html.Append("<ul>\n");
        foreach (var group in findings.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            html.Append($"<li>{group.Key.Label()} {group.Count().ToString(CultureInfo.InvariantCulture)} 处</li>\n");
        }

        html.Append("</ul>\n<table>\n<thead><tr>");
        foreach (var header in FindingColumns.Headers)
        {
            html.Append($"<th scope=\"col\">{header}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var f in findings)
        {
            html.Append($"<tr class=\"{f.Severity.Code()}\"><th scope=\"row\">{E(f.Id)}</th><td>{E(f.RuleId)}</td><td>{f.Severity.Label()}</td>");
            html.Append($"<td>{E(f.Location.Describe())}</td><td class=\"n\">{N(f.Stated)}</td><td class=\"n\">{N(f.Expected)}</td>");
            html.Append($"<td class=\"n\">{N(f.Difference)}</td><td>{E(f.Message)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        stream.Write(Encoding.UTF8.GetBytes(html.ToString()));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(decimal? value) => value is { } v ? v.ToString("#,##0.00", CultureInfo.InvariantCulture) : string.Empty;
}
