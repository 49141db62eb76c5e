using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>
/// A finance bureau's copy of a shipped layout under its own id takes the built-in rules of the layout it names in
/// `rulesOf`; without it, only the rules meant for every layout run (the report's rule count says how many).
/// </summary>
public sealed class ProfileRulesTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-profile-rules-");

    [Theory]
    [InlineData(null, 27)]
    [InlineData("henan-2022", 37)]
    public void OwnCopyOfHenan_TakesTheRulesOfTheLayoutItNames(string? rulesOf, int rules)
    {
        var henan = File.ReadAllText(RepoPaths.File("data", "profiles", "henan-2022.json"));
        var mine = henan.Replace("\"id\": \"henan-2022\"", "\"id\": \"my-city-2024\"" + (rulesOf is null ? "" : $", \"rulesOf\": \"{rulesOf}\""), StringComparison.Ordinal);
        Assert.NotEqual(henan, mine);
        var profile = Path.Combine(work.FullName, "my-city-2024.json");
        File.WriteAllText(profile, mine);

        var (code, output, error) = CliRunner.Run("check", RepoPaths.Sample("xinxiang-2022.json"), "--profile", profile, "--format", "json");

        Assert.True(code == 0, error);
        var document = JsonDocument.Parse(output).RootElement.GetProperty("document");
        Assert.Equal("my-city-2024", document.GetProperty("profile").GetString());
        Assert.Equal(rules, document.GetProperty("rules").GetInt32());
    }

    public void Dispose() => work.Delete(recursive: true);
}

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
