using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// The table JSON contract: <c>{"tables":[{"id","number","title","unit","columns","rows"}]}</c>, figures as JSON
/// numbers with the decimal's own digits. See docs/TABLE-FORMATS.md.
/// </summary>
public static class TablesJson
{
    public static string Write(IEnumerable<Table> tables)
    {
        using var buffer = new MemoryStream();
        Write(tables, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes UTF-8 JSON without a byte order mark, indented by two spaces, ending with a newline.</summary>
    public static void Write(IEnumerable<Table> tables, Stream output)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(output, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                TableJsonWriter.Write(json, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <exception cref="InputException">The text is not JSON, or not a table document; the message says where.</exception>
    public static IReadOnlyList<Table> Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException ex)
        {
            throw new InputException($"表格 JSON：第 {ex.LineNumber + 1} 行第 {ex.BytePositionInLine + 1} 列无法读取。", ex);
        }

        using (document)
        {
            var root = new JsonNode(document.RootElement, string.Empty);
            return root.Required("tables").Items().Select(TableJsonReader.Read).ToList();
        }
    }
}
