using DeptBudget.Core.Targets.Evaluation;
using static DeptBudget.Core.Tests.Targets.Evaluation.EvaluationBuilder;

namespace DeptBudget.Core.Tests.Targets.Evaluation;

public class MonitoringTests
{
    private static IReadOnlyList<DeptBudget.Core.Checks.Finding> Run(Actuals actuals, params DeptBudget.Core.Targets.Indicator[] indicators) =>
        Monitoring.Run(Form(indicators), actuals, Rules, Directions, Library);

    [Fact]
    public void Threshold_SevenTwelfthsTimesTolerance() => Assert.Equal(52.5m, Monitoring.Threshold(Rules));

    [Fact]
    public void Run_BudgetExecutionBehindSchedule_Warns()
    {
        var finding = Assert.Single(Run(Actuals(new BudgetExecution { Planned = 120, MidYear = 60 })));

        Assert.Equal("monitor-budget-execution", finding.RuleId);
        Assert.Equal(50m, finding.Stated);
        Assert.Equal(52.5m, finding.Expected);
    }

    [Fact]
    public void Run_BudgetExecutionOnSchedule_IsQuiet() =>
        Assert.Empty(Run(Actuals(new BudgetExecution { Planned = 120, MidYear = 64 })));

    [Fact]
    public void Run_IndicatorBehindSchedule_Warns_OnScheduleDoesNot()
    {
        var findings = Run(
            Actuals(null, Actual("甲", "", midYear: "500人次"), Actual("乙", "", midYear: "700人次"), Actual("丙", "", midYear: "1.5小时")),
            Indicator("产出指标/数量指标/甲", "≥1200人次"), Indicator("产出指标/数量指标/乙", "≥1200人次"), Indicator("产出指标/时效指标/丙", "≤2小时"));

        var finding = Assert.Single(findings);
        Assert.Equal("monitor-indicator-lag", finding.RuleId);
        Assert.Equal(41.67m, finding.Stated);
        Assert.Contains("甲", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_QualitativeNotReachedAtMidYear_Warns() =>
        Assert.Single(Run(Actuals(null, Actual("甲", "", midYear: "未达到")), Indicator("产出指标/质量指标/甲", "达到规定要求")));
}
