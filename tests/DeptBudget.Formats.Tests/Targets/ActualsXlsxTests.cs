using System.Globalization;
using System.Text;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Targets.Xlsx;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

public sealed class ActualsXlsxTests : IDisposable
{
    private static readonly Lazy<PerformanceForm> Form = new(() =>
        FormJson.Read(File.ReadAllText(RepoPaths.Sample("targets/service-hall-form.json")), "service-hall-form.json").Single());

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-actuals-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void A_template_filled_with_the_samples_actuals_scores_as_the_json()
    {
        var json = ActualsJson.ReadFile(RepoPaths.Sample("targets/service-hall-actuals.json"));
        var path = Template();
        Fill(path, json);

        var read = Read(path);

        var fromXlsx = Score(read);
        var fromJson = Score(json);
        Assert.Equal((93.30m, "优"), (fromXlsx.Total, fromXlsx.Grade));
        Assert.Equal(fromJson.Lines.Select(l => (l.Path, l.Actual, l.Score, l.Reason)), fromXlsx.Lines.Select(l => (l.Path, l.Actual, l.Score, l.Reason)));
        Assert.Equal(fromJson.Findings.Select(f => f.Message), fromXlsx.Findings.Select(f => f.Message));
        Assert.Equal(json.Project, read.Project);
    }

    [Fact]
    public void The_template_holds_every_indicator_with_its_target_and_the_budget()
    {
        var path = Template();

        using var workbook = new ActualsWorkbook(path);
        var indicators = IndicatorSelection.Of(Form.Value, "");
        var first = workbook.RowOf("C", indicators[0].Level3);
        Assert.Equal(Enumerable.Range(first, indicators.Count), indicators.Select(i => workbook.RowOf("C", i.Level3)));
        Assert.Equal(first + 3, workbook.RowOf("D", "≤2小时"));
        Assert.Equal(workbook.RowOf("A", ActualsSheet.IndicatorHeading), first - 2);
        Assert.Equal(workbook.RowOf("A", ActualsSheet.Planned) + 1, workbook.RowOf("A", "120"));
    }

    [Fact]
    public void The_template_opens_in_LibreOffice()
    {
        var path = Template();

        var csv = LibreOffice.Convert(path, LibreOffice.CsvEverySheet, Path.Combine(work.FullName, "csv")).Single();

        var records = CsvRecords.Parse(File.ReadAllText(csv, Encoding.UTF8));
        Assert.Contains(records, r => r[..4].SequenceEqual(["产出指标", "时效指标", "故障响应时间", "≤2小时"]));
        Assert.Contains(records, r => r[0] == "120" && r[1] == "" && r[2] == "");
        Assert.Contains(records, r => r[..8].SequenceEqual(ActualsSheet.IndicatorColumns));
    }

    [Fact]
    public void An_indicator_not_in_the_form_is_refused_naming_sheet_row_and_column()
    {
        var path = Template();
        int row;
        using (var workbook = new ActualsWorkbook(path))
        {
            row = workbook.RowOf("C", "故障响应时间");
            workbook.SetText($"C{row}", "故障修复时间");
            workbook.SetText($"F{row}", "2小时");
        }

        var error = Assert.Throws<InputException>(() => Read(path));

        Assert.Contains($"{Path.GetFileName(path)}：工作表“实际完成情况”第 {row} 行第 3 列（C{row}）", error.Message, StringComparison.Ordinal);
        Assert.Contains("“产出指标/时效指标/故障修复时间”不在绩效目标表中", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_where_an_amount_belongs_is_refused()
    {
        var path = Template();
        int row;
        using (var workbook = new ActualsWorkbook(path))
        {
            row = workbook.RowOf("A", "预算数") + 1;
            workbook.SetText($"C{row}", "一百一十四");
        }

        var error = Assert.Throws<InputException>(() => Read(path));

        Assert.Contains($"第 {row} 行第 3 列（C{row}）：“一百一十四”不是数字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_weight_is_refused()
    {
        var path = Template();
        int row;
        using (var workbook = new ActualsWorkbook(path))
        {
            row = workbook.RowOf("C", "网上办理率");
            workbook.SetText($"G{row}", "十分");
        }

        var error = Assert.Throws<InputException>(() => Read(path));

        Assert.Contains($"（G{row}）：“十分”不是数字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_the_sheet_is_refused_naming_the_sheet()
    {
        var path = Path.Combine(work.FullName, "other.xlsx");
        using (var file = File.Create(path))
        {
            ScoreXlsx.Write(Score(ActualsJson.ReadFile(RepoPaths.Sample("targets/service-hall-actuals.json"))), file);
        }

        var error = Assert.Throws<InputException>(() => Read(path));

        Assert.Contains("other.xlsx：没有工作表“实际完成情况”（工作簿中有：自评得分、发现）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_project_is_refused_at_its_cell()
    {
        var path = Template();
        using (var workbook = new ActualsWorkbook(path))
        {
            workbook.SetText("B2", "不存在的项目");
        }

        var error = Assert.Throws<InputException>(() => Read(path));

        Assert.Contains("第 2 行第 2 列（B2）：《项目支出绩效目标申报表》中没有项目“不存在的项目”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_inputs_are_read_by_name()
    {
        var path = Template();
        using (var workbook = new ActualsWorkbook(path))
        {
            var row = workbook.RowOf("A", ActualsSheet.InputName) + 1;
            workbook.SetText($"A{row}", "上年结转结余");
            workbook.SetNumber($"B{row}", 12.5m);
        }

        Assert.Equal(12.5m, Read(path).Inputs["上年结转结余"]);
    }

    private static ScoreSheet Score(Actuals actuals) =>
        SelfEvaluation.Score(Form.Value, actuals, ScoringData.Methods.For(Form.Value, actuals.Project), ShippedTargetData.Vocabulary.Directions, LibraryData.Library);

    private static Actuals Read(string path) => ActualsXlsxReader.Read(path, project => IndicatorSelection.Of(Form.Value, project));

    private string Template()
    {
        var path = Path.Combine(work.FullName, $"actuals-{Guid.NewGuid():N}.xlsx");
        using var file = File.Create(path);
        ActualsXlsx.WriteTemplate(Form.Value, "", file);
        return path;
    }

    /// <summary>Types the JSON actuals into the template's cells, row by row as a finance officer would.</summary>
    private static void Fill(string path, Actuals actuals)
    {
        using var workbook = new ActualsWorkbook(path);
        var budgetRow = workbook.RowOf("A", ActualsSheet.Planned) + 1;
        workbook.SetNumber($"B{budgetRow}", actuals.Budget!.MidYear!.Value);
        workbook.SetNumber($"C{budgetRow}", actuals.Budget.YearEnd!.Value);
        workbook.SetText($"D{budgetRow}", actuals.Budget.Reason);
        foreach (var actual in actuals.Indicators)
        {
            var row = workbook.RowOf("C", actual.Path.Split('/')[^1]);
            workbook.SetText($"E{row}", actual.MidYear);
            workbook.SetText($"F{row}", actual.YearEnd);
            workbook.SetText($"H{row}", actual.Reason);
            if (actual.Weight is { } weight)
            {
                workbook.SetText($"G{row}", weight.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
