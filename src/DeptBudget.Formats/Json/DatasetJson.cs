using System.Text.Json;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Json;

/// <summary>Reads and writes the dataset JSON format (schemas/dataset-1.schema.json).</summary>
public static class DatasetJson
{
    public static BudgetDataset Read(string json, string fileName)
    {
        BudgetDataset? dataset;
        try
        {
            dataset = JsonSerializer.Deserialize<BudgetDataset>(json, JsonOptions.Default);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行第 {ex.BytePositionInLine + 1} 列" : "";
            throw new InputException($"{fileName}：{where}无法读取：{Describe(ex)}", ex);
        }

        if (dataset is null)
        {
            throw new InputException($"{fileName}：文件为空。");
        }

        if (!dataset.FormatVersion.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new InputException($"{fileName}：数据格式版本 {dataset.FormatVersion} 不受支持（支持 1.x）。");
        }

        return dataset;
    }

    public static BudgetDataset ReadFile(string path) => Read(File.ReadAllText(path), path);

    public static string Write(BudgetDataset dataset) => JsonSerializer.Serialize(dataset, JsonOptions.Default);

    private static string Describe(JsonException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return ex.Path is { Length: > 0 } path ? $"{text}（位置 {path}）" : text;
    }
}
