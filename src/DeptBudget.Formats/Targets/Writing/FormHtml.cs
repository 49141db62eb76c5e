using System.Globalization;
using System.Text;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Targets.Writing;

/// <summary>
/// Forms as one self-contained HTML page (lang zh-CN, the tables' inline CSS, no scripts): per form its title, the
/// header pairs, and each section as a table with th scope=col headers and 一级 / 二级 names spanning their rows;
/// every form on a new landscape page when printed.
/// </summary>
public static class FormHtml
{
    /// <summary>The forms' CSS, on top of the tables' (the disclosure document includes it too).</summary>
    internal const string Style = """
        section.form { margin: 0 auto 48px; page: wide; break-after: page; }
        section.form:last-of-type { break-after: auto; }
        section.form h1 { text-align: center; font-size: 20px; }
        section.form h2 { font-size: 16px; margin: 16px 0 6px; }
        dl.header { display: grid; grid-template-columns: repeat(4, auto 1fr); gap: 2px 8px; }
        dl.header dt { font-weight: bold; }
        dl.header dd { margin: 0; }
        section.form table { width: 100%; }
        td.text { white-space: pre-wrap; }
        """;

    public static void Write(IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> forms, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new UTF8Encoding(false).GetBytes(Write(forms)));
    }

    public static string Write(IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var html = new StringBuilder();
        var title = string.Join("、", forms.Select(f => f.Form.Title).Distinct());
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(HtmlStyle.Css).Append('\n').Append(Style).Append("\n</style>\n</head>\n<body>\n");
        foreach (var (form, template) in forms)
        {
            WriteForm(html, FormLayoutBuilder.Build(form, template), 1);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>One form; its title is a heading of <paramref name="level"/>, its sections one level below.</summary>
    internal static void WriteForm(StringBuilder html, FormLayout layout, int level)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"form\">\n<h{level}>").Append(E(layout.Title))
            .Append(CultureInfo.InvariantCulture, $"</h{level}>\n<dl class=\"header\">\n");
        foreach (var (label, value) in layout.Header)
        {
            html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value.Text)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
        foreach (var block in layout.Blocks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{level + 1}>").Append(E(block.Heading))
                .Append(CultureInfo.InvariantCulture, $"</h{level + 1}>\n<table>\n<thead>\n<tr>");
            foreach (var column in block.Columns)
            {
                html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
            }

            html.Append("</tr>\n</thead>\n<tbody>\n");
            foreach (var row in block.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row.Where(c => !c.Covered))
                {
                    html.Append(cell.RowSpan > 1 ? $"<td rowspan=\"{cell.RowSpan}\"" : "<td")
                        .Append(cell.IsAmount ? " class=\"num\">" : " class=\"text\">").Append(E(cell.Text)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static string E(string text) => TablesHtml.Escape(text);
}
