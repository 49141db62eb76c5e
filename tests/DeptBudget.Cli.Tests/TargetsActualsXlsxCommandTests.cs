using System.Text.Json;
using DeptBudget.Formats.Tests.Targets;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

public sealed class TargetsActualsXlsxCommandTests : IDisposable
{
    private static readonly string Form = RepoPaths.Sample("targets/service-hall-form.json");
    private static readonly string DepartmentForm = RepoPaths.Sample("targets/guangshui-department-form.json");

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-actuals-cli-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void A_template_written_and_filled_scores_from_xlsx()
    {
        var path = Path.Combine(work.FullName, "actuals.xlsx");
        var (code, _, error) = CliRunner.Run("targets", "actuals-template", Form, "--out", path);
        Assert.True(code == 0, error);
        using (var workbook = new ActualsWorkbook(path))
        {
            var budget = workbook.RowOf("A", "预算数") + 1;
            workbook.SetNumber($"C{budget}", 114);
            var row = workbook.RowOf("C", "培训窗口人员人次");
            workbook.SetText($"F{row}", "1080人次");
        }

        (code, var output, error) = CliRunner.Run("targets", "score", Form, "--actuals", path, "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var lines = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(9.50m, lines[0].GetProperty("score").GetDecimal());
        Assert.Equal(9.00m, lines[1].GetProperty("score").GetDecimal());
        Assert.Equal("1080人次", lines[1].GetProperty("actual").GetString());
    }

    [Fact]
    public void An_xlsx_with_an_unknown_indicator_exits_two_naming_the_cell()
    {
        var path = Path.Combine(work.FullName, "actuals.xlsx");
        CliRunner.Run("targets", "actuals-template", Form, "--out", path);
        int row;
        using (var workbook = new ActualsWorkbook(path))
        {
            row = workbook.RowOf("C", "网上办理率");
            workbook.SetText($"C{row}", "网办率");
            workbook.SetText($"F{row}", "81%");
        }

        var (code, output, error) = CliRunner.Run("targets", "score", Form, "--actuals", path, "--format", "text");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"actuals.xlsx：工作表“实际完成情况”第 {row} 行第 3 列（C{row}）", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_for_an_unknown_project_exits_two()
    {
        var (code, _, error) = CliRunner.Run("targets", "actuals-template", Form, "--project", "不存在的项目", "--out", Path.Combine(work.FullName, "a.xlsx"));

        Assert.Equal(2, code);
        Assert.Contains("没有项目“不存在的项目”", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.FullName, "a.xlsx")));
    }

    [Fact]
    public void A_department_template_takes_the_annual_indicators_and_the_expenditure_total()
    {
        var path = Path.Combine(work.FullName, "department.xlsx");

        var (code, _, error) = CliRunner.Run("targets", "actuals-template", DepartmentForm, "--out", path);

        Assert.True(code == 0, error);
        using var workbook = new ActualsWorkbook(path);
        Assert.Equal(workbook.RowOf("A", "预算数") + 1, workbook.RowOf("A", "1132.35"));
        Assert.True(workbook.RowOf("C", "各行政事业单位相关部门") > workbook.RowOf("C", "公用经费控制率"));
    }

    [Fact]
    public void Library_inputs_the_actuals_lack_come_from_the_dataset()
    {
        var actuals = Path.Combine(work.FullName, "a.json");
        File.WriteAllText(actuals, """{ "indicators": [ { "path": "公用经费控制率", "yearEnd": "98%" } ] }""");

        var without = Line(CliRunner.Run("targets", "score", DepartmentForm, "--actuals", actuals, "--format", "json"), "“三公经费”变动率");
        var with = Line(CliRunner.Run("targets", "score", DepartmentForm, "--actuals", actuals, "--dataset", RepoPaths.Sample("xinxiang-2022.json"), "--format", "json"), "“三公经费”变动率");

        Assert.Equal("", without.GetProperty("actual").GetString());
        Assert.StartsWith("指标库““三公经费”变动率”", with.GetProperty("actualSource").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("%", with.GetProperty("actual").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_department_form_is_scored_by_the_department_method_unless_a_scoring_file_is_given()
    {
        var actuals = RepoPaths.Sample("targets/guangshui-department-actuals.json");

        var (code, chosen, error) = CliRunner.Run("targets", "score", DepartmentForm, "--actuals", actuals, "--format", "json");
        var (_, given, _) = CliRunner.Run("targets", "score", DepartmentForm, "--actuals", actuals, "--scoring", RepoPaths.File("data", "targets", "scoring.json"), "--format", "json");

        Assert.True(code == 0, error);
        Assert.Equal((96.01m, "部门整体绩效自评（按财预〔2020〕10号分值，一级指标归入产出、效益、满意度）"), Total(chosen));
        Assert.Equal((69.55m, "项目支出绩效自评（财预〔2020〕10号）"), Total(given));
    }

    private static (decimal Total, string? Method) Total(string output)
    {
        using var json = JsonDocument.Parse(output);
        return (json.RootElement.GetProperty("total").GetDecimal(), json.RootElement.GetProperty("method").GetString());
    }

    private static JsonElement Line((int Code, string Out, string Error) run, string level3)
    {
        Assert.True(run.Code == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("path").GetString()!.EndsWith(level3, StringComparison.Ordinal));
    }
}
