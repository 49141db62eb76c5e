using System.Text.Json;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Json;

/// <summary>Reads and writes the dataset JSON format (schemas/dataset-1.schema.json).</summary>
public static class DatasetJson
{
    public static BudgetDataset Read(string json, string fileName)
    {
        var dataset = JsonInput.Read<BudgetDataset>(json, fileName, "数据集");
        if (!dataset.FormatVersion.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new InputException($"{fileName}：数据格式版本 {dataset.FormatVersion} 不受支持（支持 1.x）。");
        }

        return dataset;
    }

    public static BudgetDataset ReadFile(string path) => Read(File.ReadAllText(path), path);

    public static string Write(BudgetDataset dataset) => JsonSerializer.Serialize(dataset, JsonOptions.Default);
}
