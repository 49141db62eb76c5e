using System.Text;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// The plain-text rendering, in the style of the text renderings of published documents: the table number, a
/// <c>## title</c> heading, subtitle lines, the unit line, then header and body rows tab-separated (a merged header
/// cell is written once, in its top-left position), then the notes. See docs/TABLE-FORMATS.md.
/// </summary>
public static class TablesText
{
    public static string Write(IEnumerable<Table> tables)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            WriteTable(text, table);
        }

        return text.ToString();
    }

    /// <summary>Writes UTF-8 without a byte order mark, lines ending in LF.</summary>
    public static void Write(IEnumerable<Table> tables, Stream output) =>
        output.Write(new UTF8Encoding(false).GetBytes(Write(tables)));

    private static void WriteTable(StringBuilder text, Table table)
    {
        if (table.Number.Length > 0)
        {
            Paragraph(text, table.Number);
        }

        Paragraph(text, "## " + table.Title);
        foreach (var subtitle in table.Subtitles)
        {
            Paragraph(text, subtitle);
        }

        Paragraph(text, "单位：" + table.Unit.Label());
        var header = HeaderLayout.Build(table.Columns);
        foreach (var row in header.TextGrid())
        {
            Line(text, row);
        }

        foreach (var line in BodyLayout.Build(table))
        {
            Line(text, line.Cells.Select(c => c.IsValue ? NumberText.Grouped(c.Number) : c.Text));
        }

        foreach (var note in table.Notes)
        {
            text.Append('\n');
            Line(text, [note]);
        }
    }

    private static void Paragraph(StringBuilder text, string line)
    {
        Line(text, [line]);
        text.Append('\n');
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin('\t', cells.Select(Clean));
        text.Append('\n');
    }

    /// <summary>Tabs and line breaks inside a cell would break the grid: they become spaces.</summary>
    private static string Clean(string cell) =>
        cell.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? cell
            : cell.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
