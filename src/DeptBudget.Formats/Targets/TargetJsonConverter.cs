using System.Text.Json;
using System.Text.Json.Serialization;
using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>A target as {"kind": "quantitative" | "compound" | "deadline" | "qualitative" | "unreadable" | "missing", "text", …}.</summary>
internal sealed class TargetJsonConverter : JsonConverter<Target>
{
    public override Target Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, Target value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case QuantitativeTarget quantitative:
                writer.WriteString("kind", "quantitative");
                WriteQuantitative(writer, quantitative);
                break;
            case CompoundTarget compound:
                writer.WriteString("kind", "compound");
                writer.WriteString("text", compound.Text);
                writer.WriteStartArray("parts");
                foreach (var part in compound.Parts)
                {
                    writer.WriteStartObject();
                    WriteQuantitative(writer, part);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case DeadlineTarget deadline:
                writer.WriteString("kind", "deadline");
                writer.WriteString("text", deadline.Text);
                if (deadline.Year is { } year)
                {
                    writer.WriteNumber("year", year);
                }

                writer.WriteNumber("month", deadline.Month);
                if (deadline.Day is { } day)
                {
                    writer.WriteNumber("day", day);
                }

                break;
            case UnreadableTarget unreadable:
                writer.WriteString("kind", "unreadable");
                writer.WriteString("text", unreadable.Text);
                writer.WriteString("reason", unreadable.Reason);
                break;
            default:
                writer.WriteString("kind", value is QualitativeTarget ? "qualitative" : "missing");
                writer.WriteString("text", value.Text);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteQuantitative(Utf8JsonWriter writer, QuantitativeTarget target)
    {
        writer.WriteString("text", target.Text);
        writer.WriteString("operator", target.Operator.Symbol());
        writer.WriteNumber("value", target.Value);
        writer.WriteString("unit", target.Unit);
        if (target.Label.Length > 0)
        {
            writer.WriteString("label", target.Label);
        }
    }

    private static Target Read(JsonElement element)
    {
        string Text(string name) => element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        int? Number(string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
        var kind = Text("kind");
        return kind switch
        {
            "quantitative" => ReadQuantitative(element),
            "compound" => new CompoundTarget { Text = Text("text"), Parts = element.GetProperty("parts").EnumerateArray().Select(ReadQuantitative).ToList() },
            "deadline" => new DeadlineTarget { Text = Text("text"), Year = Number("year"), Month = Number("month") ?? 12, Day = Number("day") },
            "qualitative" => new QualitativeTarget { Text = Text("text") },
            "unreadable" => new UnreadableTarget { Text = Text("text"), Reason = Text("reason") },
            "missing" => new MissingTarget { Text = Text("text") },
            _ => throw new JsonException($"指标值的 kind 应为 quantitative、compound、deadline、qualitative、unreadable 或 missing，而不是“{kind}”"),
        };
    }

    private static QuantitativeTarget ReadQuantitative(JsonElement element)
    {
        var symbol = element.GetProperty("operator").GetString() ?? "";
        return new QuantitativeTarget
        {
            Text = element.GetProperty("text").GetString() ?? "",
            Operator = Enum.GetValues<Comparison>().FirstOrDefault(c => c.Symbol() == symbol),
            Value = element.GetProperty("value").GetDecimal(),
            Unit = element.GetProperty("unit").GetString() ?? "",
            Label = element.TryGetProperty("label", out var label) ? label.GetString() ?? "" : "",
        };
    }
}
