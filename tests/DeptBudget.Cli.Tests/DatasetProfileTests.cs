using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>A dataset names the layout its department publishes in; commands use it unless --profile says otherwise.</summary>
public sealed class DatasetProfileTests
{
    [Theory]
    [InlineData(null, "hubei-2023")]
    [InlineData("henan-2022", "henan-2022")]
    public void Check_UsesTheDatasetsProfile_UnlessToldAnother(string? given, string used)
    {
        string[] args = ["check", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--format", "json", .. given is null ? Array.Empty<string>() : ["--profile", given]];

        var (_, output, error) = CliRunner.Run(args);

        Assert.True(output.Length > 0, error);
        Assert.Equal(used, JsonDocument.Parse(output).RootElement.GetProperty("document").GetProperty("profile").GetString());
    }

    [Fact]
    public void Tables_OfTheHubeiSample_ArePrintedInItsOwnLayout()
    {
        var (code, output, error) = CliRunner.Run("tables", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--format", "txt", "--out", "-");

        Assert.True(code == 0, error);
        Assert.Contains("附表4-1", output, StringComparison.Ordinal);
    }
}
