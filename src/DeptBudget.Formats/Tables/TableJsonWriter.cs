using System.Text.Json;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>Writes tables as the table JSON contract; optional fields are left out when they hold their default.</summary>
internal static class TableJsonWriter
{
    public static void Write(Utf8JsonWriter json, Table table)
    {
        json.WriteStartObject();
        json.WriteString("id", table.Id);
        json.WriteString("number", table.Number);
        json.WriteString("title", table.Title);
        WriteStrings(json, "subtitles", table.Subtitles);
        json.WriteString("unit", TableJsonNames.Unit(table.Unit));
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            WriteColumn(json, column);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            WriteRow(json, row, ValueKeys(table, row));
        }

        json.WriteEndArray();
        WriteStrings(json, "notes", table.Notes);
        if (table.IsEmpty)
        {
            json.WriteBoolean("isEmpty", true);
        }

        json.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter json, Column column)
    {
        json.WriteStartObject();
        json.WriteString("key", column.Key);
        json.WriteString("label", column.Label);
        if (column.Kind != ColumnKind.Value)
        {
            json.WriteString("kind", TableJsonNames.Kind(column.Kind));
        }

        if (column.TextKey is { } textKey)
        {
            json.WriteString("textKey", textKey);
        }

        if (column.Side != TableSide.None)
        {
            json.WriteString("side", TableJsonNames.Side(column.Side));
        }

        if (!column.IsLeaf)
        {
            json.WriteStartArray("children");
            foreach (var child in column.Children)
            {
                WriteColumn(json, child);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The value columns a row prints in (in a two-sided table only those of its side); each is written, null when
    /// empty. Other figures the row holds are written after them, so that nothing is lost.
    /// </summary>
    private static List<string> ValueKeys(Table table, TableRow row) =>
        table.ValueColumns
            .Where(c => IsRight(c.Side) == IsRight(row.Side))
            .Select(c => c.Key)
            .OfType<string>()
            .ToList();

    private static bool IsRight(TableSide side) => side == TableSide.Right;

    private static void WriteRow(Utf8JsonWriter json, TableRow row, List<string> valueKeys)
    {
        json.WriteStartObject();
        json.WriteString("key", row.Key);
        if (row.Code is { } code)
        {
            json.WriteString("code", code);
        }

        if (row.CodeKind != RowCodeKind.None)
        {
            json.WriteString("codeKind", TableJsonNames.CodeKind(row.CodeKind));
        }

        json.WriteString("label", row.Label);
        json.WriteNumber("level", row.Level);
        if (row.Role != RowRole.Detail)
        {
            json.WriteString("role", TableJsonNames.Role(row.Role));
        }

        if (row.Side != TableSide.None)
        {
            json.WriteString("side", TableJsonNames.Side(row.Side));
        }

        json.WriteStartObject("cells");
        var otherKeys = row.Cells.Where(c => c.Value is not null && !valueKeys.Contains(c.Key)).Select(c => c.Key);
        foreach (var key in valueKeys.Concat(otherKeys))
        {
            WriteNumber(json, key, row[key]);
        }

        json.WriteEndObject();
        if (row.Texts.Count > 0)
        {
            json.WriteStartObject("texts");
            foreach (var (key, text) in row.Texts)
            {
                json.WriteString(key, text);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string key, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(key, v);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
