using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeptBudget.Core.Checks;

namespace DeptBudget.Formats.Checks;

/// <summary>What was checked: the document's department, year, profile and unit, and the rules not run.</summary>
public sealed record CheckedDocument(string Department, int Year, string Profile, string? Unit, int Rules)
{
    public IReadOnlyList<SkippedRule> Skipped { get; init; } = [];

    /// <summary>For a published document: what was recognised in it.</summary>
    public DeptBudget.Formats.Documents.DocumentCheckResult? Source { get; init; }
}

/// <summary>Writes findings as JSON ({"document":{…},"findings":[…]}) or as text a reviewer reads.</summary>
public static class FindingReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJson(CheckedDocument document, IReadOnlyList<Finding> findings, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartObject("document");
        json.WriteString("department", document.Department);
        json.WriteNumber("year", document.Year);
        json.WriteString("profile", document.Profile);
        json.WriteString("unit", document.Unit);
        json.WriteNumber("rules", document.Rules);
        json.WriteStartArray("skipped");
        foreach (var skipped in document.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("rule", skipped.RuleId);
            json.WriteString("reason", skipped.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (document.Source is { } source)
        {
            DocumentDescription.Write(json, source);
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", finding.Severity.Code());
        WriteLocation(json, finding.Location);
        WriteNumber(json, "stated", finding.Stated);
        WriteNumber(json, "expected", finding.Expected);
        WriteNumber(json, "difference", finding.Difference);
        json.WriteString("message", finding.Message);
        if (finding.Parts.Count > 0)
        {
            json.WriteStartArray("parts");
            foreach (var part in finding.Parts)
            {
                WriteFinding(json, part);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public static void WriteText(CheckedDocument document, IReadOnlyList<Finding> findings, Stream stream)
    {
        var text = new StringBuilder();
        text.Append($"审核：{document.Department} {document.Year} 年（式样 {document.Profile}），{document.Rules} 条规则。\n");
        if (document.Source is { } source)
        {
            text.Append(DocumentDescription.Summary(source));
        }

        if (SkippedRules.Describe(document.Skipped) is { } skipped)
        {
            text.Append(skipped).Append('\n');
        }

        foreach (var group in findings.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            text.Append($"{group.Key.Label()} {group.Count()} 处\n");
        }

        text.Append(findings.Count == 0 ? "未发现问题。\n" : "\n");
        foreach (var finding in findings)
        {
            text.Append($"[{finding.Severity.Label()}] {finding.Id}  {finding.Message}\n");
        }

        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("location");
        void Text(string name, string? value)
        {
            if (value is not null)
            {
                json.WriteString(name, value);
            }
        }

        Text("table", location.TableId);
        Text("tableNumber", location.TableNumber);
        Text("row", location.RowKey);
        Text("rowLabel", location.RowLabel);
        Text("column", location.ColumnKey);
        Text("columnLabel", location.ColumnLabel);
        Text("section", location.Section);
        if (location is { Paragraph: { } paragraph, Sentence: { } sentence })
        {
            json.WriteNumber("paragraph", paragraph);
            json.WriteNumber("sentence", sentence);
        }

        if (location.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        Text("page", location.Page);
        Text("source", location.Source);

        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
