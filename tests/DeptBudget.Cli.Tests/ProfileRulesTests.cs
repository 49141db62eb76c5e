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
