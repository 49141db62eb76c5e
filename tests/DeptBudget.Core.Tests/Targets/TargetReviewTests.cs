using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Review;

namespace DeptBudget.Core.Tests.Targets;

public class TargetReviewTests
{
    private static readonly ReviewVocabulary Vocabulary = new()
    {
        Directions = new DirectionLexicon([("率", Direction.HigherIsBetter), ("变动率", Direction.LowerIsBetter), ("时间", Direction.LowerIsBetter)]),
        VagueWords = ["逐步", "优化"],
        CheckableWords = ["健全", "合规"],
        Bases = ["计划标准", "行业标准"],
        Classes = ["绩效基本型"],
    };

    private static readonly FormTemplate ProjectTemplate = new()
    {
        Id = "hubei-project",
        Title = "项目支出绩效目标申报表",
        Kind = FormKind.Project,
        Layout = "hubei-project",
        RequiredFirstLevel = ["产出指标", "效益指标", "满意度指标"],
        RequiredSecondLevel = ["数量", "质量", "时效", "成本"],
    };

    private static readonly FormTemplate DepartmentTemplate = ProjectTemplate with
    {
        Id = "dept",
        Kind = FormKind.Department,
        Sections = new Dictionary<string, string> { ["annualGoal"] = "年度目标", ["longTermGoal"] = "长期目标" },
        IndicatorColumns = ["level1", "level2", "level3", "target", "basis", "class"],
        RequiredFirstLevel = ["产出指标"],
        RequiredSecondLevel = [],
    };

    private static int line;

    private static Indicator Row(string level1, string level2, string level3, string target, string basis = "计划标准", params string[] previous) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Level3 = level3,
        Target = TargetParser.Parse(target),
        Basis = basis,
        Class = "绩效基本型",
        PreviousValues = previous,
        Source = new CellSource { Table = "绩效指标", Row = 1, Line = ++line },
    };

    private static PerformanceForm Project(decimal budget, params Indicator[] indicators) => new()
    {
        TemplateId = "hubei-project",
        Kind = FormKind.Project,
        Title = "项目支出绩效目标申报表",
        Projects = [new FormProject { Name = "热线运行", AnnualBudget = budget, Indicators = indicators, Source = new CellSource { Table = "项目" } }],
    };

    private static PerformanceForm Department(IReadOnlyList<Indicator> longTerm, IReadOnlyList<Indicator> annual, string annualText = "办好热线") => new()
    {
        TemplateId = "dept",
        Kind = FormKind.Department,
        Title = "部门整体绩效目标申报表",
        LongTerm = new FormGoal { Text = "三年目标", Indicators = longTerm, Source = new CellSource { Table = "长期目标" } },
        Annual = new FormGoal { Text = annualText, Indicators = annual, Source = new CellSource { Table = "年度目标" } },
    };

    private static IReadOnlyList<Finding> Review(PerformanceForm form, FormTemplate template) => TargetReview.Run(form, template, Vocabulary);

    [Fact]
    public void Project_MissingGroupsAndKinds_AreReported()
    {
        var form = Project(10m, Row("产出指标", "数量指标", "热线条数", "≥3条"), Row("产出指标", "成本指标", "成本", "≤10万元"));

        var missing = Review(form, ProjectTemplate).Where(f => f.RuleId == "target-completeness").Select(f => f.Location.RowLabel).ToList();

        Assert.Equal(["效益指标", "满意度指标", "质量", "时效"], missing);
    }

    [Theory]
    [InlineData("≤10万元", 0)]
    [InlineData("≤100000元", 0)]
    [InlineData("≤9.5万元", 1)]
    public void Project_CostIndicator_MatchesTheBudget(string cost, int findings)
    {
        var form = Project(10m, Row("产出指标", "成本指标", "项目成本", cost));

        Assert.Equal(findings, Review(form, ProjectTemplate).Count(f => f.RuleId == "target-cost-budget"));
    }

    [Fact]
    public void Department_LongTermAndAnnualPointingApart_IsAWarning()
    {
        var form = Department([Row("产出指标", "数量", "覆盖率", "≥90%")], [Row("产出指标", "数量", "覆盖率", "≤90%")]);

        var finding = Assert.Single(Review(form, DepartmentTemplate), f => f.RuleId == "target-long-term-annual");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("方向相反", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Department_TargetLooserThanLastYear_IsANotice()
    {
        var form = Department([], [Row("产出指标", "时效", "办理时间", "≤5天", "计划标准", "3天", "2天")]);

        var finding = Assert.Single(Review(form, DepartmentTemplate), f => f.RuleId == "target-previous-years");

        Assert.Equal((5m, 2m), (finding.Stated!.Value, finding.Expected!.Value));
    }

    [Fact]
    public void Department_EmptyAnnualGoal_IsReported() =>
        Assert.Contains(Review(Department([], [Row("产出指标", "数量", "覆盖率", "≥90%")], annualText: " "), DepartmentTemplate),
            f => f.RuleId == "target-completeness" && f.Location.RowLabel == "年度目标");

    [Theory]
    [InlineData("其他依据", "target-basis")]
    [InlineData("", "target-basis")]
    public void Basis_OutsideTheList_IsReported(string basis, string rule) =>
        Assert.Contains(Review(Department([], [Row("产出指标", "数量", "覆盖率", "≥90%", basis)]), DepartmentTemplate), f => f.RuleId == rule);

    [Theory]
    [InlineData("管理制度健全性", "健全", null)]
    [InlineData("预算编制科学性", "科学", null)]
    [InlineData("营商环境", "逐步优化", "target-vague")]
    [InlineData("改革成效", "良好", "target-vague")]
    [InlineData("监管工作", "加大监管执法力度，规范行业秩序", "target-prose")]
    public void Qualitative_CheckableOrNot(string name, string target, string? rule)
    {
        var findings = Review(Department([], [Row("产出指标", "质量", name, target)]), DepartmentTemplate)
            .Where(f => f.RuleId is "target-vague" or "target-prose").Select(f => f.RuleId).ToList();

        Assert.Equal(rule is null ? [] : [rule], findings);
    }

    [Theory]
    [InlineData("2023年12月底前完成")]
    [InlineData("6月30日前上线")]
    public void Deadline_IsMeasurable(string target)
    {
        var findings = Review(Department([], [Row("产出指标", "时效", "系统上线时间", target)]), DepartmentTemplate);

        Assert.DoesNotContain(findings, f => f.RuleId is "target-unreadable" or "target-vague" or "target-prose" or "target-unit-missing");
    }

    [Fact]
    public void MoneyOverview_PartsAgainstTotal()
    {
        CellSource At(int row) => new() { Table = "部门总体资金情况", Row = row };
        var form = Department([], []) with
        {
            Money = new MoneyOverview
            {
                Income = [new MoneyLine { Label = "财政拨款", Amount = 90, Source = At(1) }, new MoneyLine { Label = "单位资金", Amount = 20, Source = At(2) }],
                IncomeTotal = new MoneyLine { Label = "合计", Amount = 100, Source = At(3) },
            },
        };

        var finding = Assert.Single(Review(form, DepartmentTemplate), f => f.RuleId == "target-money-total");

        Assert.Equal((100m, 110m, -10m), (finding.Stated, finding.Expected, finding.Difference));
    }
}
