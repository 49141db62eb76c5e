using System.Text.Json;

namespace DeptBudget.Formats.Json;

/// <summary>Deserialises a user's JSON file; any failure becomes an <see cref="InputException"/> naming the file, line and column.</summary>
internal static class JsonInput
{
    /// <param name="what">What the file holds, for the message ("数据集", "式样").</param>
    public static T Read<T>(string json, string fileName, string what)
        where T : class
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, JsonOptions.Default);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行第 {ex.BytePositionInLine + 1} 列" : "";
            throw new InputException($"{fileName}：{where}无法读取{what}：{Describe(ex)}", ex);
        }

        return value ?? throw new InputException($"{fileName}：文件为空。");
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return ex.Path is { Length: > 0 } path ? $"{text}（位置 {path}）" : text;
    }
}
