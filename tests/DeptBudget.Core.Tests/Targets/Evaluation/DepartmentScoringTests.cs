using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using static DeptBudget.Core.Tests.Targets.Evaluation.EvaluationBuilder;

namespace DeptBudget.Core.Tests.Targets.Evaluation;

public class DepartmentScoringTests
{
    private static readonly ScoringRules Department = Rules with
    {
        Name = "部门整体",
        AppliesTo = ["department"],
        BudgetIndicators = ["预算执行率"],
        Groups =
        [
            new ScoreGroup { Name = "产出", Weight = 50, Words = ["履职效能", "管理效率", "运行成本"] },
            new ScoreGroup { Name = "效益", Weight = 30, Words = ["社会效应", "可持续"] },
            new ScoreGroup { Name = "满意度", Weight = 10, Words = ["满意"] },
        ],
    };

    private static readonly ScoringRules Project = Rules with { Name = "项目", AppliesTo = ["project", "projectSummary"] };

    private static PerformanceForm DepartmentForm(params Indicator[] indicators) => new()
    {
        TemplateId = "hubei-department",
        Kind = FormKind.Department,
        Title = "部门整体绩效目标申报表",
        Annual = new FormGoal { Indicators = indicators, Source = new CellSource { Table = "年度绩效指标" } },
        Projects = [new FormProject { Name = "甲项目", Source = new CellSource { Table = "项目" } }],
    };

    [Fact]
    public void Department_groups_are_scored_under_the_national_weights()
    {
        var form = DepartmentForm(
            Indicator("运行成本/公用经费控制/公用经费控制率", "≤100%"),
            Indicator("履职效能/核心业务/办件量", "≥100件"),
            Indicator("可持续发展能力/人才支撑/培训完成率", "100%"),
            Indicator("满意度/服务对象满意度/办事群众", "≥98%"));

        var sheet = SelfEvaluation.Score(form, Actuals(new BudgetExecution { Planned = 100, YearEnd = 100 }, Actual("公用经费控制率", "100%"), Actual("办件量", "50件", reason: "系统切换"), Actual("培训完成率", "100%"), Actual("办事群众", "98%")), Department, Directions, Library);

        Assert.Equal([("预算执行率", 10m), ("产出", 37.5m), ("效益", 30m), ("满意度", 10m)], sheet.Groups.Select(g => (g.Name, g.Score)));
        Assert.Equal(87.5m, sheet.Total);
        Assert.DoesNotContain(sheet.Findings, f => f.RuleId == "score-ungrouped");
        Assert.Equal("部门整体", sheet.Method);
    }

    [Fact]
    public void The_budget_execution_indicator_is_scored_once_by_the_budget_line()
    {
        var form = DepartmentForm(Indicator("管理效率/预算执行/预算执行率", "≥90%"), Indicator("管理效率/预算编制/预算调整率", "≤5%"));

        var sheet = SelfEvaluation.Score(form, Actuals(new BudgetExecution { Planned = 100, YearEnd = 80 }, Actual("预算执行率", "80%"), Actual("预算调整率", "5%")), Department, Directions, Library);

        Assert.Equal(["预算执行率", "管理效率/预算编制/预算调整率"], sheet.Lines.Select(l => l.Path));
        Assert.Equal(50m, sheet.Lines[1].Weight);
        Assert.Contains(sheet.Findings, f => f.RuleId == "score-budget-indicator" && f.Location.RowLabel == "管理效率/预算执行/预算执行率");
        Assert.DoesNotContain(sheet.Findings, f => f.RuleId == "score-unknown-indicator");
    }

    [Fact]
    public void Under_the_project_method_department_groups_stay_ungrouped()
    {
        var form = DepartmentForm(Indicator("履职效能/核心业务/办件量", "≥100件"));

        var sheet = SelfEvaluation.Score(form, Actuals(null, Actual("办件量", "100件")), Project, Directions, Library);

        Assert.Contains(sheet.Findings, f => f.RuleId == "score-ungrouped");
    }

    [Fact]
    public void A_method_is_chosen_by_template_then_kind_then_first()
    {
        var hubei = Department with { Name = "湖北", AppliesTo = ["hubei-department"] };
        var methods = new ScoringMethods([Project, Department, hubei]);

        Assert.Same(hubei, methods.For(DepartmentForm(), ""));
        Assert.Same(Department, methods.For(DepartmentForm() with { TemplateId = "zhengzhou-2020" }, ""));
        Assert.Same(Project, methods.For(Form(), ""));
        Assert.Same(Project, methods.For(DepartmentForm(), "甲项目"));
        Assert.Same(Project, new ScoringMethods([Project]).For(DepartmentForm(), ""));
    }
}
