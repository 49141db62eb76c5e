using System.Text;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// CSV (RFC 4180, UTF-8 with a byte order mark, CRLF). Each table is one block: a title record (number, title),
/// one record per subtitle, the unit record ("单位：万元"), one header record with the column paths
/// ("基本支出/人员经费/工资福利支出"), one record per body line, one record per note. Blocks are separated by an
/// empty line. See docs/TABLE-FORMATS.md.
/// </summary>
public static class TablesCsv
{
    public static string Write(IEnumerable<Table> tables)
    {
        var csv = new StringBuilder();
        foreach (var table in tables)
        {
            if (csv.Length > 0)
            {
                csv.Append("\r\n");
            }

            WriteTable(csv, table);
        }

        return csv.ToString();
    }

    /// <summary>Writes the UTF-8 byte order mark, then the CSV text.</summary>
    public static void Write(IEnumerable<Table> tables, Stream output) =>
        output.Write(new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(Write(tables))).ToArray());

    private static void WriteTable(StringBuilder csv, Table table)
    {
        Record(csv, [table.Number, table.Title]);
        foreach (var subtitle in table.Subtitles)
        {
            Record(csv, [subtitle]);
        }

        Record(csv, ["单位：" + table.Unit.Label()]);
        Record(csv, HeaderLayout.Build(table.Columns).LeafPaths());
        foreach (var line in BodyLayout.Build(table))
        {
            Record(csv, line.Cells.Select(c => c.IsValue ? NumberText.Plain(c.Number) : c.Text));
        }

        foreach (var note in table.Notes)
        {
            Record(csv, [note]);
        }
    }

    private static void Record(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    /// <summary>RFC 4180: a field holding a comma, a double quote or a line break is quoted, inner quotes doubled.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
