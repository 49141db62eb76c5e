using System.Globalization;
using System.Text;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>Writes one table as a <c>&lt;section&gt;</c> of the HTML page.</summary>
internal static class HtmlTableWriter
{
    public static void Write(StringBuilder html, Table table)
    {
        var header = HeaderLayout.Build(table.Columns);
        var wide = header.ColumnCount > TablesHtml.WideColumnCount ? " wide" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"budget-table{wide}\" id=\"{Escape(table.Id)}\">\n");
        html.Append("<table>\n<caption>");
        if (table.Number.Length > 0)
        {
            html.Append("<span class=\"number\">").Append(Escape(table.Number)).Append("</span>");
        }

        html.Append("<span class=\"title\">").Append(Escape(table.Title)).Append("</span>");
        foreach (var subtitle in table.Subtitles)
        {
            html.Append("<span class=\"subtitle\">").Append(Escape(subtitle)).Append("</span>");
        }

        html.Append("<span class=\"unit\">单位：").Append(Escape(table.Unit.Label())).Append("</span></caption>\n");
        WriteHeader(html, header);
        WriteBody(html, table);
        html.Append("</table>\n");
        foreach (var note in table.Notes)
        {
            html.Append("<p class=\"note\">").Append(Escape(note)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteHeader(StringBuilder html, HeaderLayout header)
    {
        html.Append("<thead>\n");
        for (var row = 0; row < header.RowCount; row++)
        {
            html.Append("<tr>");
            foreach (var cell in header.CellsInRow(row))
            {
                html.Append("<th scope=\"col\"");
                Span(html, "colspan", cell.ColSpan);
                Span(html, "rowspan", cell.RowSpan);
                html.Append('>').Append(Escape(cell.Column.Label)).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</thead>\n");
    }

    private static void WriteBody(StringBuilder html, Table table)
    {
        html.Append("<tbody>\n");
        foreach (var line in BodyLayout.Build(table))
        {
            var total = line.Cells.Any(c => c.IsEmphasised) ? " class=\"total\"" : string.Empty;
            html.Append("<tr").Append(total).Append('>');
            foreach (var cell in line.Cells)
            {
                WriteCell(html, cell);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n");
    }

    private static void WriteCell(StringBuilder html, BodyCell cell)
    {
        switch (cell.Column.Kind)
        {
            case ColumnKind.Value:
                html.Append("<td class=\"num\">").Append(NumberText.Grouped(cell.Number)).Append("</td>");
                break;
            case ColumnKind.Label when cell.Row is null:
                html.Append("<td></td>");
                break;
            case ColumnKind.Label:
                var level = cell.Level >= 2 ? string.Create(CultureInfo.InvariantCulture, $" class=\"l{Math.Min(cell.Level, 4)}\"") : string.Empty;
                html.Append("<th scope=\"row\"").Append(level).Append('>').Append(Escape(cell.Text)).Append("</th>");
                break;
            case ColumnKind.Code or ColumnKind.CodeClass or ColumnKind.CodeSection or ColumnKind.CodeItem:
                html.Append("<td class=\"code\">").Append(Escape(cell.Text)).Append("</td>");
                break;
            case ColumnKind.Text:
                html.Append("<td>").Append(Escape(cell.Text)).Append("</td>");
                break;
        }
    }

    private static void Span(StringBuilder html, string name, int span)
    {
        if (span > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $" {name}=\"{span}\"");
        }
    }

    private static string Escape(string text) => TablesHtml.Escape(text);
}
