using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

public sealed class TargetsCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-targets-");

    public void Dispose() => work.Delete(recursive: true);

    private static string Seed(string name) => RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Targets", "Seeds", name);

    private string Out(string name) => Path.Combine(work.FullName, name);

    [Fact]
    public void Check_HubeiText_ReportsErrorsAndExitsOne()
    {
        var (code, output, error) = CliRunner.Run("targets", "check", Seed("000-hubei.txt"), "--format", "json");

        Assert.True(code == 1, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("hubei-department", json.RootElement.GetProperty("document").GetProperty("profile").GetString());
        var rules = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("target-money-balance", rules);
        Assert.Contains("target-vague", rules);
    }

    [Fact]
    public void ReadThenCheck_JsonGivesTheSameFindingsAsText()
    {
        var form = Out("zhengzhou.json");

        var read = CliRunner.Run("targets", "read", Seed("003-zhengzhou-2020.txt"), "--out", form);
        var fromJson = CliRunner.Run("targets", "check", form, "--format", "text");
        var fromText = CliRunner.Run("targets", "check", Seed("003-zhengzhou-2020.txt"), "--format", "text");

        Assert.True(read.ExitCode == 0, read.Error);
        Assert.Equal(1, fromJson.ExitCode);
        Assert.Equal(fromText.Out, fromJson.Out);
        Assert.Contains("任务3", fromJson.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("xlsx")]
    public void Check_WritesHtmlAndXlsx(string format)
    {
        var output = Out("findings." + format);

        var (code, _, error) = CliRunner.Run("targets", "check", Seed("002-henan-2022-performance.txt"), "--format", format, "--out", output);

        Assert.True(code == 1, error);
        Assert.True(new FileInfo(output).Length > 0);
    }

    [Fact]
    public void Check_GivenTemplate_IsUsed()
    {
        var (code, output, _) = CliRunner.Run("targets", "check", Seed("003-zhengzhou-2020.txt"), "--template", "zhengzhou-2020", "--format", "text");

        Assert.Equal(1, code);
        Assert.Contains("式样 zhengzhou-2020", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_IsBadInput()
    {
        var (code, _, error) = CliRunner.Run("targets", "check", Out("none.txt"), "--format", "text");

        Assert.Equal(2, code);
        Assert.Contains("不存在", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownForm_IsBadInputNamingTheTemplates()
    {
        var text = Out("other.txt");
        File.WriteAllText(text, "一张别的表\n");

        var (code, _, error) = CliRunner.Run("targets", "read", text, "--out", Out("x.json"));

        Assert.Equal(2, code);
        Assert.Contains("--template", error, StringComparison.Ordinal);
    }
}
