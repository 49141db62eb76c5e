using System.Text.Json.Nodes;
using DeptBudget.Formats.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>dataset → entry workbook → import gives the same dataset, for both shipped samples.</summary>
public sealed class SampleRoundTripTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-roundtrip-");

    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [InlineData("xinxiang-2022.json")]
    [InlineData("hubei-2023-jiangcheng.json")]
    public void Sample_SurvivesTheEntryWorkbook(string sample)
    {
        var original = DatasetJson.ReadFile(RepoPaths.Sample(sample));
        var workbook = Path.Combine(work.FullName, "entry.xlsx");
        var back = Path.Combine(work.FullName, "back.json");
        DeptBudget.Formats.Xlsx.Entry.DatasetWorkbook.Write(original, DeptBudget.Formats.Classifications.ShippedClassifications.ForYear(original.Year), workbook);

        var (code, _, error) = CliRunner.Run("import", workbook, "--out", back);

        Assert.True(code == 0, error);
        var imported = DatasetJson.ReadFile(back);
        Assert.Equal(Normalised(original), Normalised(imported));
    }

    [Fact]
    public void Import_UsesTheListsAnAdministratorLoaded()
    {
        var original = DatasetJson.ReadFile(RepoPaths.Sample("xinxiang-2022.json"));
        var workbook = Path.Combine(work.FullName, "entry.xlsx");
        DeptBudget.Formats.Xlsx.Entry.DatasetWorkbook.Write(original, DeptBudget.Formats.Classifications.ShippedClassifications.ForYear(2022), workbook);
        var list = Path.Combine(work.FullName, "functions.csv");
        File.WriteAllText(list, "code,name\n201,一般公共服务支出\n20103,政府办公厅（室）及相关机构事务\n2010301,行政运行\n");
        var dataDir = Path.Combine(work.FullName, "data");
        var shipped = Path.Combine(work.FullName, "shipped");
        Directory.CreateDirectory(shipped);

        var (load, _, loadError) = CliRunner.Run("codes", "load", list, "--year", "2022", "--list", "functions", "--data-dir", dataDir);
        var (withShipped, _, shippedError) = CliRunner.Run("import", workbook, "--out", Path.Combine(work.FullName, "a.json"), "--data-dir", shipped);
        var (withLoaded, _, loadedError) = CliRunner.Run("import", workbook, "--out", Path.Combine(work.FullName, "b.json"), "--data-dir", dataDir);

        Assert.True(load == 0, loadError);
        Assert.Equal(0, withShipped);
        Assert.DoesNotContain("2010350", shippedError, StringComparison.Ordinal);
        Assert.Equal(0, withLoaded);
        Assert.Contains("2010350", loadedError, StringComparison.Ordinal);
    }

    /// <summary>
    /// The JSON with reasons in key order and numbers without trailing zeros: neither a dictionary's
    /// order nor 10.0 against 10 is part of the data.
    /// </summary>
    private static string Normalised(DeptBudget.Core.Model.BudgetDataset dataset)
    {
        var sorted = dataset with { Reasons = new SortedDictionary<string, string>(dataset.Reasons.ToDictionary(), StringComparer.Ordinal) };
        return Strip(JsonNode.Parse(DatasetJson.Write(sorted))!)!.ToJsonString();
    }

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = Strip(value?.DeepClone());
                }

                return obj;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Strip(item?.DeepClone()))]);
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                return JsonValue.Create(value.GetValue<decimal>() / 1.000000000000000000000000000000000m);
            default:
                return node;
        }
    }
}
