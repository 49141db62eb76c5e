using DeptBudget.Core.Targets.Evaluation;
using static DeptBudget.Core.Tests.Targets.Evaluation.EvaluationBuilder;

namespace DeptBudget.Core.Tests.Targets.Evaluation;

public class SelfEvaluationTests
{
    private static readonly BudgetExecution FullBudget = new() { Planned = 100, YearEnd = 100 };

    [Fact]
    public void Score_BudgetExecution_InProportionOutOfTen()
    {
        var sheet = Score(Form(), Actuals(new BudgetExecution { Planned = 120, YearEnd = 114, Reason = "结余" }));

        var line = sheet.Lines[0];
        Assert.Equal("预算执行率", line.Path);
        Assert.Equal(95m, line.Completion.Percent);
        Assert.Equal(9.5m, line.Score);
    }

    [Fact]
    public void Score_OverCompletion_CappedAtTheWeight()
    {
        var sheet = Score(Form(Indicator("产出指标/数量指标/培训人次", "≥100人次")), Actuals(FullBudget, Actual("产出指标/数量指标/培训人次", "150人次")));

        var line = sheet.Lines.Single(l => l.Group == "产出");
        Assert.Equal(150m, line.Completion.Percent);
        Assert.Equal(50m, line.Score);
        Assert.False(line.IsDeviation);
    }

    [Fact]
    public void Score_GroupSharedEqually_SumsUnroundedScores()
    {
        var form = Form(Indicator("产出指标/数量指标/甲", "≥10个"), Indicator("产出指标/数量指标/乙", "≥10个"), Indicator("产出指标/数量指标/丙", "≥10个"));
        var sheet = Score(form, Actuals(FullBudget, Actual("甲", "10个"), Actual("乙", "10个"), Actual("丙", "10个")));

        Assert.All(sheet.Lines.Where(l => l.Group == "产出"), l => Assert.Equal(16.67m, l.Score));
        Assert.Equal(50m, sheet.Groups.Single(g => g.Name == "产出").Score);
        Assert.Equal(60m, sheet.Total);
    }

    [Fact]
    public void Score_GivenWeightStands_TheRestShareTheRemainder()
    {
        var form = Form(Indicator("产出指标/数量指标/甲", "≥10个"), Indicator("产出指标/数量指标/乙", "≥10个"), Indicator("产出指标/数量指标/丙", "≥10个"));
        var sheet = Score(form, Actuals(FullBudget, Actual("甲", "10个", weight: 30), Actual("乙", "10个"), Actual("丙", "5个", reason: "延期")));

        Assert.Equal([30m, 10m, 10m], sheet.Lines.Where(l => l.Group == "产出").Select(l => l.Weight));
        Assert.Equal(45m, sheet.Groups.Single(g => g.Name == "产出").Score);
        Assert.DoesNotContain(sheet.Findings, f => f.RuleId == "score-weights");
    }

    [Fact]
    public void Score_GivenWeightsOverTheGroup_IsAFinding()
    {
        var form = Form(Indicator("满意度指标/满意度/满意度", "≥90%"));
        var sheet = Score(form, Actuals(FullBudget, Actual("满意度", "90%", weight: 12)));

        Assert.Contains(sheet.Findings, f => f.RuleId == "score-weights" && f.Stated == 12 && f.Expected == 10);
    }

    [Fact]
    public void Score_LessIsBetter_TargetOverActual()
    {
        var sheet = Score(Form(Indicator("产出指标/时效指标/故障响应时间", "≤2小时")), Actuals(FullBudget, Actual("故障响应时间", "2.5小时", reason: "搬迁")));

        Assert.Equal(40m, sheet.Lines.Single(l => l.Group == "产出").Score);
    }

    [Fact]
    public void Score_DeviationWithoutReason_IsAFinding_WithReasonIsNot()
    {
        var form = Form(Indicator("产出指标/数量指标/甲", "≥10个"), Indicator("效益指标/社会效益/乙", "≥10个"));
        var sheet = Score(form, Actuals(FullBudget, Actual("甲", "8个"), Actual("乙", "8个", reason: "天气原因")));

        var finding = Assert.Single(sheet.Findings, f => f.RuleId == "score-deviation-reason");
        Assert.Contains("产出指标/数量指标/甲", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, sheet.Deviations.Count());
    }

    [Fact]
    public void Score_MissingActual_ScoresZeroAndIsAFinding()
    {
        var sheet = Score(Form(Indicator("产出指标/数量指标/甲", "≥10个")), Actuals(FullBudget));

        Assert.Equal(0m, sheet.Lines.Single(l => l.Group == "产出").Score);
        Assert.Contains(sheet.Findings, f => f.RuleId == "score-missing-actual" && f.Message.Contains("甲", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_LibraryIndicatorWithoutActual_ComputedFromExecution()
    {
        var sheet = Score(Form(Indicator("效益指标/经济效益/成本节约率", "≥3%")), Actuals(new BudgetExecution { Planned = 120, YearEnd = 114 }));

        var line = sheet.Lines.Single(l => l.Group == "效益");
        Assert.Equal("5%", line.Actual);
        Assert.Contains("成本节约率", line.ActualSource, StringComparison.Ordinal);
        Assert.Equal(30m, line.Score);
    }

    [Fact]
    public void Score_UnknownPathAndUngroupedIndicator_AreFindings()
    {
        var sheet = Score(Form(Indicator("管理效率/预算管理/资金使用合规性", "合规")), Actuals(FullBudget, Actual("产出指标/数量/不存在", "1")));

        Assert.Contains(sheet.Findings, f => f.RuleId == "score-unknown-indicator");
        Assert.Contains(sheet.Findings, f => f.RuleId == "score-ungrouped");
        Assert.Equal(3, sheet.Findings.Count(f => f.RuleId == "score-empty-group"));
    }

    [Theory]
    [InlineData(100, "优")]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(0, "差")]
    public void GradeOf_Boundaries(double total, string grade) => Assert.Equal(grade, SelfEvaluation.GradeOf((decimal)total, Rules));
}
