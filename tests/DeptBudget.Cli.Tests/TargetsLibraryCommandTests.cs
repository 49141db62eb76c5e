using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>targets library, and targets fill picking indicators from it.</summary>
public sealed class TargetsLibraryCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-targets-library-");

    public void Dispose() => work.Delete(recursive: true);

    private string Out(string name) => Path.Combine(work.FullName, name);

    private static List<JsonElement> AnnualIndicators(string json) =>
        JsonDocument.Parse(json).RootElement[0].GetProperty("annual").GetProperty("indicators").EnumerateArray().ToList();

    [Fact]
    public void Library_Text_ListsEveryIndicatorWithItsPlacementFormulaAndDefinition()
    {
        var (code, output, error) = CliRunner.Run("targets", "library");

        Assert.True(code == 0, error);
        Assert.StartsWith("指标库：16 个指标。", output, StringComparison.Ordinal);
        Assert.Contains("绩效目标编制完成率（又称 绩效目标编制率）\n  一级/二级：管理效率 / 绩效管理\n  单位：%；方向：越高越好\n  公式：已编制绩效目标项目数 / 应编制绩效目标项目数 * 100", output, StringComparison.Ordinal);
        Assert.Contains("预算执行率（又称 预算完成率、资金执行率）\n  一级/二级：运行成本 / 预算执行（二级也可为 预算管理）", output, StringComparison.Ordinal);
        Assert.Contains("  预算数据给出：本年三公经费（主要数据 threePublic.thisYear）；上年三公经费（主要数据 threePublic.lastYear）", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Library_Json_HoldsTheFieldsOfEachEntry()
    {
        var (code, output, error) = CliRunner.Run("targets", "library", "--format", "json");

        Assert.True(code == 0, error);
        var entries = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var carryOver = entries.Single(e => e.GetProperty("name").GetString() == "结转结余变动率");
        Assert.Equal(16, entries.Count);
        Assert.Equal(("管理效率", "预算管理", "%", "lower"), (carryOver.GetProperty("level1").GetString(), carryOver.GetProperty("level2").GetString(),
            carryOver.GetProperty("unit").GetString(), carryOver.GetProperty("direction").GetString()));
        Assert.Equal("(本年结转结余 - 上年结转结余) / 上年结转结余 * 100", carryOver.GetProperty("formula").GetString());
        Assert.Equal("carryOver.lastYear", carryOver.GetProperty("fromBudget").GetProperty("上年结转结余").GetString());
        Assert.Equal("本年结转结余较上年的变动比例。", carryOver.GetProperty("definition").GetString());
    }

    [Fact]
    public void Fill_WithIndicators_AddsThemUnderTheTemplatesGroupsWithTargetsFromTheBudget()
    {
        var (code, output, error) = CliRunner.Run("targets", "fill", RepoPaths.Sample("xinxiang-2022.json"), "--profile", "henan-2022",
            "--template", "henan-2022-department", "--indicator", "三公经费变动率", "--indicator", "预算执行率");

        Assert.True(code == 0, error);
        var rows = AnnualIndicators(output);
        Assert.Equal(["“三公经费”变动率", "预算执行率"], rows.Select(r => r.GetProperty("level3").GetString()));
        Assert.All(rows, r => Assert.Equal("投入管理指标", r.GetProperty("level1").GetString()));
        Assert.Equal("≤0%", rows[0].GetProperty("target").GetProperty("text").GetString());
        Assert.Equal("missing", rows[1].GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal("预算执行率 = 执行数 / 预算数 * 100", rows[1].GetProperty("formula").GetString());
        Assert.Equal("预算执行数占预算数的比例，反映预算执行进度。", rows[1].GetProperty("explanation").GetString());
    }

    [Fact]
    public void Fill_IndicatorsFromAListFile_EachOnceInTheirOrder()
    {
        var list = Out("指标.txt");
        File.WriteAllLines(list, ["# 本部门选用", "结转结余率", "", "绩效监控完成率"]);

        var (code, output, error) = CliRunner.Run("targets", "fill", RepoPaths.Sample("xinxiang-2022.json"), "--profile", "henan-2022",
            "--template", "henan-2022-department", "--indicator", "绩效监控完成率", "--indicators", list, "--out", "-");

        Assert.True(code == 0, error);
        Assert.Equal(["绩效监控完成率", "结转结余率"], AnnualIndicators(output).Select(r => r.GetProperty("level3").GetString()));
    }

    [Fact]
    public void Fill_UnknownIndicator_IsBadInputNamingTheLibrary()
    {
        var (code, output, error) = CliRunner.Run("targets", "fill", RepoPaths.Sample("xinxiang-2022.json"), "--template", "henan-2022-department", "--indicator", "幸福指数");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--indicator：指标库中没有“幸福指数”；可选的指标有 预算执行率、", error, StringComparison.Ordinal);
        Assert.Contains("deptbudget targets library", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_ProjectForms_GetTheIndicatorsAfterTheCost()
    {
        var (code, output, error) = CliRunner.Run("targets", "fill", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--profile", "hubei-2023",
            "--template", "hubei-project", "--indicator", "成本节约率");

        Assert.True(code == 0, error);
        var forms = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.All(forms, f => Assert.Equal(["2023年预算金额", "成本节约率"],
            f.GetProperty("projects")[0].GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("level3").GetString())));
    }

    [Fact]
    public void Fill_WarningsGoToStandardErrorAndTheFormsToStandardOutput()
    {
        var dataset = JsonNode.Parse(File.ReadAllText(RepoPaths.Sample("hubei-2023-jiangcheng.json")))!;
        dataset["expenditures"]![0]!["function"] = "2050188";
        var path = Out("unknown-code.json");
        File.WriteAllText(path, dataset.ToJsonString());

        var (code, output, error) = CliRunner.Run("targets", "fill", path, "--profile", "hubei-2023", "--template", "hubei-department");

        Assert.True(code == 0, error);
        Assert.Contains("警告：unknown-code.json", error, StringComparison.Ordinal);
        Assert.Equal("hubei-department", JsonDocument.Parse(output).RootElement[0].GetProperty("templateId").GetString());
    }
}
