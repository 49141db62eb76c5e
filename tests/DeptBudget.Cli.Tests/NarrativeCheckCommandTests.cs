using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>
/// deptbudget check --narrative: the text is checked against the dataset's key figures and against itself, and its
/// facts are a table reviewers' rules can name.
/// </summary>
public sealed class NarrativeCheckCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-narrative-");
    private readonly string xinxiang = RepoPaths.Sample("xinxiang-2022.json");
    private readonly string seed002 = File.ReadAllText(RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Narrative", "Seeds", "seed-002.txt"));

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Check_Seed002Narrative_AddsOnlyNoticesAndExitsZero()
    {
        var (code, output, error) = CliRunner.Run("check", xinxiang, "--narrative", Write("narrative.txt", seed002), "--format", "json");

        Assert.True(code == 0, error);
        var narrative = Findings(output).Where(f => f.GetProperty("rule").GetString()!.StartsWith("narrative-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, narrative.Count);
        Assert.All(narrative, f => Assert.Equal("notice", f.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Check_AnAmountTheDatasetDoesNotHave_IsAnErrorAgainstTheKeyFigures()
    {
        var text = seed002.Replace("人员经费支出 884.87 万元", "人员经费支出 848.87 万元", StringComparison.Ordinal);

        var (code, output, error) = CliRunner.Run("check", xinxiang, "--narrative", Write("narrative.txt", text), "--format", "json");

        Assert.True(code == 1, error);
        var finding = Assert.Single(Findings(output), f => f.GetProperty("rule").GetString() == "narrative-amount");
        Assert.Equal((848.87m, 884.87m, -36m), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal(), finding.GetProperty("difference").GetDecimal()));
    }

    [Theory]
    [InlineData("368.80", 0)]
    [InlineData("386.80", 1)]
    public void Check_AFunctionItem_IsComparedWithItsRowOfTheDerivedTable(string amount, int errors)
    {
        var text = $"## 五、一般公共预算支出情况说明\n\n1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。2022年预算为{amount}万元，主要用于机关运转。";

        var (_, output, error) = CliRunner.Run("check", xinxiang, "--narrative", Write("narrative.txt", text), "--format", "json");

        var items = Findings(output).Where(f => f.GetProperty("rule").GetString() == "narrative-amount").ToList();
        Assert.True(items.Count == errors, error + output);
        Assert.DoesNotContain(Findings(output), f => f.GetProperty("rule").GetString() == "narrative-function-item");
    }

    [Theory]
    [InlineData("离退休人员19人", 0)]
    [InlineData("离退休人员18人", 1)]
    public void Check_StaffingCounts_AreComparedWithTheDatasetsStaffing(string retired, int findings)
    {
        var text = $"## 二、部门所属预算单位构成情况\n\n江城区教育局编制40名，其中行政编制28名、事业编制12名；实有在职人员41人；{retired}。";

        var (_, output, error) = CliRunner.Run("check", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--narrative", Write("narrative.txt", text), "--format", "json");

        var staffing = Findings(output).Where(f => f.GetProperty("rule").GetString() == "narrative-staffing").ToList();
        Assert.True(staffing.Count == findings, error + output);
        Assert.All(staffing, f => Assert.Equal((18m, 19m), (f.GetProperty("stated").GetDecimal(), f.GetProperty("expected").GetDecimal())));
    }

    [Fact]
    public void Check_PercentOnTheWrongBase_ExitsOneWithTheSentenceLocated()
    {
        var text = seed002.Replace("收入减少 279.71 万元，下降 17.14%", "收入减少 279.71 万元，下降 20.68%", StringComparison.Ordinal);

        var (code, output, error) = CliRunner.Run("check", xinxiang, "--narrative", Write("narrative.txt", text), "--format", "json");

        Assert.True(code == 1, error);
        var finding = Assert.Single(Findings(output), f => f.GetProperty("rule").GetString() == "narrative-pct-base");
        var location = finding.GetProperty("location");
        Assert.Equal("一、收入支出预算总体情况说明", location.GetProperty("section").GetString());
        Assert.Equal(1, location.GetProperty("paragraph").GetInt32());
        Assert.Equal(1, location.GetProperty("sentence").GetInt32());
        Assert.Equal((20.68m, 17.14m), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal()));
    }

    [Fact]
    public void Check_ReviewersRuleOverTheNarrativeTable_Runs()
    {
        var rules = Write("mine.rules", """
            rule: basic-share
            title: 基本支出占比不低于 80%
            severity: error
            scope: 说明与表
            formula: [narrative|basic|share] >= 80
            """);

        var (code, output, error) = CliRunner.Run("check", xinxiang, "--narrative", Write("narrative.txt", seed002), "--rules", rules, "--format", "json");

        Assert.True(code == 1, error);
        Assert.Equal(70.54m, Assert.Single(Findings(output), f => f.GetProperty("rule").GetString() == "basic-share").GetProperty("stated").GetDecimal());
    }

    [Fact]
    public void Check_RuleOverTheNarrativeWithoutOne_IsSkippedWithTheReason()
    {
        var rules = Write("mine.rules", """
            rule: basic-share
            title: 基本支出占比不低于 80%
            scope: 说明与表
            formula: [narrative|basic|share] >= 80
            """);

        var (code, output, error) = CliRunner.Run("check", xinxiang, "--rules", rules, "--format", "json");

        Assert.True(code == 0, error);
        var skipped = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("document").GetProperty("skipped").EnumerateArray(),
            s => s.GetProperty("rule").GetString() == "basic-share");
        Assert.Equal("未提供情况说明（--narrative）", skipped.GetProperty("reason").GetString());
    }

    [Fact]
    public void Check_MissingNarrative_ExitsTwoWithAChineseMessage()
    {
        var (code, _, error) = CliRunner.Run("check", xinxiang, "--narrative", Path.Combine(work.FullName, "none.txt"), "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("说明文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BinaryNarrative_ExitsTwo()
    {
        var path = Path.Combine(work.FullName, "narrative.docx");
        File.WriteAllBytes(path, [(byte)'P', (byte)'K', 3, 4, 0, 0]);

        var (code, _, error) = CliRunner.Run("check", xinxiang, "--narrative", path, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("二进制文件", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<JsonElement> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().ToList();
}
