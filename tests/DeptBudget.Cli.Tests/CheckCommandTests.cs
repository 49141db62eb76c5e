using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-check-");
    private readonly string xinxiang = RepoPaths.Sample("xinxiang-2022.json");
    private readonly string hubei = RepoPaths.Sample("hubei-2023-jiangcheng.json");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Check_Sample_FindsOnlyTheThreePublicNoticesAndExitsZero()
    {
        var output = Path.Combine(work.FullName, "findings.json");

        var (code, _, error) = CliRunner.Run("check", xinxiang, "--format", "json", "--out", output);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("henan-2022", json.RootElement.GetProperty("document").GetProperty("profile").GetString());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("three-public-against-economic", f.GetProperty("rule").GetString()));
        Assert.All(findings, f => Assert.Equal("notice", f.GetProperty("severity").GetString()));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("xlsx")]
    public void Check_WritesHtmlAndXlsx(string format)
    {
        var output = Path.Combine(work.FullName, "findings." + format);

        var (code, _, error) = CliRunner.Run("check", xinxiang, "--format", format, "--out", output);

        Assert.True(code == 0, error);
        var bytes = File.ReadAllBytes(output);
        Assert.True(format == "html"
            ? System.Text.Encoding.UTF8.GetString(bytes).Contains("three-public-against-economic#1", StringComparison.Ordinal)
            : bytes[0] == (byte)'P' && bytes[1] == (byte)'K');
    }

    [Fact]
    public void Check_ReviewerRuleThatFails_ExitsOneWithTheFinding()
    {
        var rules = Write("mine.rules", """
            rule: total-over-600
            title: 支出总表合计不超过 600 万元
            severity: error
            scope: 表内
            formula:
              [expenditure-summary|total|total] <= 600
            """);

        var (code, output, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--rules", rules, "--format", "json");

        Assert.True(code == 1, error);
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "total-over-600");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("附表4-3", finding.GetProperty("location").GetProperty("tableNumber").GetString());
        Assert.Equal(606.2m, finding.GetProperty("stated").GetDecimal());
        Assert.Equal(600m, finding.GetProperty("expected").GetDecimal());
        Assert.Equal(6.2m, finding.GetProperty("difference").GetDecimal());
        Assert.Contains("应不大于 600.00", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WarningOnly_ExitsZeroAndPrintsText()
    {
        var rules = Write("warn.rules", "rule: w\ntitle: 合计为 1\nseverity: warning\nformula: [expenditure-summary|total|total] = 1\n");

        var (code, output, error) = CliRunner.Run("check", xinxiang, "--rules", rules, "--no-builtin", "--format", "text");

        Assert.True(code == 0, error);
        Assert.Contains("警告 1 处", output, StringComparison.Ordinal);
        Assert.Contains("[警告] w#1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RuleFileWithSyntaxError_ExitsTwoNamingFileLineAndColumn()
    {
        var rules = Write("broken.rules", "rule: b\ntitle: 坏的\nformula:\n  [expenditure-summary|total|total] = * 2\n");

        var (code, _, error) = CliRunner.Run("check", xinxiang, "--rules", rules, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("规则文件 broken.rules 第 4 行第 39 列", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RuleNamingAnUnknownColumn_ExitsTwo()
    {
        var rules = Write("unknown.rules", "rule: u\nformula: [expenditure-summary|total|wages] = 1\n");

        var (code, _, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--rules", rules, "--format", "text");

        Assert.Equal(2, code);
        Assert.Contains("第 2 行第 37 列", error, StringComparison.Ordinal);
        Assert.Contains("没有列“wages”", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingRuleFile_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("check", xinxiang, "--rules", Path.Combine(work.FullName, "none.rules"), "--format", "text");

        Assert.Equal(2, code);
        Assert.Contains("不存在", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
