using System.Text.Json;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Cli.Tests;

public sealed class TargetsScoreCommandTests : IDisposable
{
    private static readonly string Form = RepoPaths.Sample("targets/service-hall-form.json");
    private static readonly string Actuals = RepoPaths.Sample("targets/service-hall-actuals.json");

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-score-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Score_Json_TotalGradeRoundingAndFindings()
    {
        var (code, output, error) = CliRunner.Run("targets", "score", Form, "--actuals", Actuals, "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(93.30m, root.GetProperty("total").GetDecimal());
        Assert.Equal("优", root.GetProperty("grade").GetString());
        Assert.Contains("四舍五入", root.GetProperty("rounding").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, root.GetProperty("lines").GetArrayLength());
        var rules = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(["score-deviation-reason", "monitor-budget-execution", "monitor-indicator-lag"], rules);
    }

    [Fact]
    public void Score_Text_PrintsTheTableAndTheGrade()
    {
        var (code, output, error) = CliRunner.Run("targets", "score", Form, "--actuals", Actuals, "--format", "text");

        Assert.True(code == 0, error);
        Assert.Contains("产出指标/时效指标/故障响应时间\t≤2小时\t2.5小时\t10.00\t80.00\t比例\t8.00", output, StringComparison.Ordinal);
        Assert.Contains("总分：93.30　等级：优", output, StringComparison.Ordinal);
        Assert.Contains("【未写原因】", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Xlsx_SheetsForScoresAndFindings()
    {
        var path = Path.Combine(work.FullName, "score.xlsx");

        var (code, _, error) = CliRunner.Run("targets", "score", Form, "--actuals", Actuals, "--format", "xlsx", "--out", path);

        Assert.True(code == 0, error);
        using var document = SpreadsheetDocument.Open(path, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["自评得分", "发现"], sheets);
        var rows = document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<Row>().Count();
        Assert.Equal(1 + 10 + 1 + 4, rows);
    }

    [Fact]
    public void Score_MissingActuals_ExitsTwoNamingTheFile()
    {
        var (code, _, error) = CliRunner.Run("targets", "score", Form, "--actuals", "/no/such.json", "--format", "text");

        Assert.Equal(2, code);
        Assert.Contains("/no/such.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownProject_ExitsTwoListingTheProjects()
    {
        var actuals = Path.Combine(work.FullName, "a.json");
        File.WriteAllText(actuals, """{ "project": "不存在的项目" }""");

        var (code, _, error) = CliRunner.Run("targets", "score", Form, "--actuals", actuals, "--format", "text");

        Assert.Equal(2, code);
        Assert.Contains("政务服务大厅运行维护", error, StringComparison.Ordinal);
    }
}
