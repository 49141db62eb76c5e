using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Targets;

/// <summary>Performance-target forms as JSON: the project's JSON options, targets as tagged objects, computed properties left out.</summary>
public static class FormJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Write(IReadOnlyList<PerformanceForm> forms) => JsonSerializer.Serialize(forms, Options) + "\n";

    /// <summary>Reads a file written by <see cref="Write"/>: an array of forms, or one form.</summary>
    public static IReadOnlyList<PerformanceForm> Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return json.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize<List<PerformanceForm>>(json, Options) ?? []
                : [JsonSerializer.Deserialize<PerformanceForm>(json, Options) ?? throw new InputException($"{fileName}：文件为空。")];
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行第 {ex.BytePositionInLine + 1} 列" : "";
            throw new InputException($"{fileName}：{where}无法读取绩效目标表：{ex.Message}", ex);
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonOptions.Default)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputed } },
        };
        options.Converters.Add(new TargetJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Path, IsEmpty, AllIndicators are computed from the rest; they are not data.</summary>
    private static void LeaveOutComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Namespace != typeof(PerformanceForm).Namespace)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.Set is null).ToList())
        {
            type.Properties.Remove(property);
        }
    }
}
