using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Core.Targets.Review;

namespace DeptBudget.Core.Tests.Targets;

/// <summary>The review against the indicator library: placement, relations between targets, formulas of another indicator.</summary>
public class LibraryReviewTests
{
    private static readonly IndicatorLibrary Library = new(
    [
        Entry("预算执行率", "预算管理", "执行数 / 预算数 * 100", "预算执行数占预算数的比例。"),
        Entry("结转结余变动率", "预算管理", "(本年 - 上年) / 上年 * 100", "本年结转结余较上年的变动比例。"),
        Entry("绩效监控完成率", "绩效管理", "已监控 / 项目总数 * 100", "开展绩效监控的项目数占项目总数的比例。"),
        Entry("绩效目标编制完成率", "绩效管理", "已编制 / 应编制 * 100", "按要求编制绩效目标的项目数占应编制项目总数的比例。"),
    ])
    {
        Placements = IndicatorPlacements.Parse("绩效监控完成率\t绩效管理、预算和财务管理\n", "placements.tsv", "预算管理\t预算编制、预算执行\n", "level2-synonyms.tsv"),
        Relations = IndicatorRelation.Parse("预算执行率 ≥ 100%\t结转结余变动率 ≤ 0%\t预算全部执行就不会留下结转结余\n", "relations.tsv"),
    };

    private static readonly ReviewVocabulary Vocabulary = new()
    {
        Directions = new DirectionLexicon([("率", Direction.HigherIsBetter), ("变动率", Direction.LowerIsBetter)]),
        VagueWords = [],
        CheckableWords = [],
        Bases = [],
        Classes = [],
        Library = Library,
        CountUnits = [("数量", "个"), ("人才数量", "人")],
    };

    private static readonly FormTemplate Template = new() { Id = "dept", Title = "部门整体绩效目标申报表", Kind = FormKind.Department, Layout = "zhengzhou-department" };

    private static LibraryIndicator Entry(string name, string level2, string formula, string definition) =>
        new() { Name = name, Level1 = "管理效率", Level2 = level2, Formula = Formula.Parse(formula), Definition = definition };

    private static Indicator Row(string level2, string level3, string target, string explanation = "", string formula = "", string level1 = "管理效率") => new()
    {
        Level1 = level1,
        Level2 = level2,
        Level3 = level3,
        Target = TargetParser.Parse(target),
        Explanation = explanation,
        Formula = formula,
        Source = new CellSource { Table = "绩效指标", Row = 1 },
    };

    private static PerformanceForm Form(IReadOnlyList<Indicator> annual, IReadOnlyList<Indicator>? longTerm = null) => new()
    {
        TemplateId = "dept",
        Kind = FormKind.Department,
        Title = "部门整体绩效目标申报表",
        LongTerm = longTerm is null ? null : new FormGoal { Text = "三年目标", Indicators = longTerm, Source = new CellSource { Table = "长期目标" } },
        Annual = new FormGoal { Text = "目标", Indicators = annual, Source = new CellSource { Table = "年度目标" } },
    };

    private static List<Finding> Review(string rule, params Indicator[] annual) =>
        TargetReview.Run(Form(annual), Template, Vocabulary).Where(f => f.RuleId == rule).ToList();

    [Theory]
    [InlineData("资产管理", true)]
    [InlineData("绩效管理", false)]
    [InlineData("预算和财务管理", false)]
    [InlineData("“预算和财务管理”指标", false)]
    public void Placement_UnderAGroupTheLibraryDoesNotAllow_IsReported(string level2, bool reported)
    {
        var found = Review("target-placement", Row(level2, "部门绩效监控完成率", "100%"));

        Assert.Equal(reported, found.Count == 1);
    }

    [Fact]
    public void Placement_OnAProjectForm_IsNotChecked()
    {
        var form = new PerformanceForm
        {
            TemplateId = "project",
            Kind = FormKind.Project,
            Title = "项目支出绩效目标申报表",
            Projects = [new FormProject { Name = "热线", Indicators = [Row("时效指标", "项目预算执行率", "100%", level1: "产出指标")], Source = new CellSource { Table = "项目" } }],
        };

        Assert.DoesNotContain(TargetReview.Run(form, Template, Vocabulary), f => f.RuleId == "target-placement");
    }

    [Fact]
    public void Placement_SynonymOfTheLibrarysGroup_IsAllowed() =>
        Assert.Empty(Review("target-placement", Row("预算执行", "预算执行率", "≥90%"), Row("预算编制", "结转结余变动率", "≤5%")));

    [Fact]
    public void Placement_NamesTheGroupsItBelongsTo()
    {
        var finding = Assert.Single(Review("target-placement", Row("资产管理", "绩效监控完成率", "100%")));

        Assert.Contains("放在二级指标“资产管理”下；按指标库，它属于“绩效管理”或“预算和财务管理”", finding.Message, StringComparison.Ordinal);
        Assert.Equal("二级指标", finding.Location.ColumnLabel);
    }

    [Theory]
    [InlineData("100%", "20%", true)]
    [InlineData("=100%", "≥5%", true)]
    [InlineData("100%", "≤20%", false)]
    [InlineData("100%", "≤0%", false)]
    [InlineData("≥90%", "20%", false)]
    [InlineData("100%", "-5%", false)]
    public void Relation_FullExecutionAndCarryOverGrowth(string execution, string carryOver, bool reported)
    {
        var found = Review("target-relation", Row("预算管理", "预算执行率", execution), Row("预算管理", "结转结余变动率", carryOver));

        Assert.Equal(reported, found.Count == 1);
    }

    [Fact]
    public void Relation_HoldsWithinOneGoalOnly()
    {
        var form = Form([Row("预算管理", "结转结余变动率", "20%")], longTerm: [Row("预算管理", "预算执行率", "100%")]);

        Assert.DoesNotContain(TargetReview.Run(form, Template, Vocabulary), f => f.RuleId == "target-relation");
    }

    [Fact]
    public void Formula_OfAnotherLibraryIndicator_IsReportedAtItsRow()
    {
        var copied = "按要求实施绩效监控的项目数量占比。部门绩效监控完成率=已完成绩效监控项目数量/部门项目总数*100%";

        var finding = Assert.Single(Review("target-formula-mismatch", Row("绩效管理", "绩效目标编制完成率", "100%", copied), Row("绩效管理", "绩效监控完成率", "100%", copied)));

        Assert.Equal("管理效率/绩效管理/绩效目标编制完成率", finding.Location.RowLabel);
        Assert.Contains("即指标库中的“绩效监控完成率”（开展绩效监控的项目数占项目总数的比例）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_ComputingAnIndicatorNotOnTheForm_IsReportedAtTheRowItReadsLike()
    {
        var finding = Assert.Single(Review("target-formula-mismatch",
            Row("人才支撑", "培训计划执行率", "100%", formula: "参训率。高级职称人才比重=高级职称人才数量÷单位实有人数×100%。", level1: "可持续性"),
            Row("硕士和博士人才数量", "", "57", level1: "可持续性")));

        Assert.Equal("可持续性/硕士和博士人才数量", finding.Location.RowLabel);
        Assert.Contains("（写在“培训计划执行率”的指标说明中）算的是“高级职称人才比重”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("公式算的是比率，本行的指标值“57”却不是百分数", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_ReadingLikeNoRow_IsReportedWhereItIsWritten() =>
        Assert.Equal("管理效率/预算管理/专项资金细化率", Assert.Single(Review("target-formula-mismatch",
            Row("预算管理", "专项资金细化率", "100%", formula: "资金到位率=到位资金/应到位资金×100%"))).Location.RowLabel);

    [Theory]
    [InlineData("在职人员经费变动率", "①在职人员经费变动率=（本年-上年）/上年×100%；②离退休人员经费变动率=（本年-上年）/上年×100%")]
    [InlineData("部门固定资产利用率", "计算公式： 部门固定资产利用率=在用/全部×100%或资产闲置率=闲置/全部×100%")]
    [InlineData("绩效监控完成率", "部门绩效监控完成率=已完成/项目总数*100%")]
    [InlineData("离退休人员经费变动率", "①在职人员经费变动率=（本年-上年）/上年×100%")]
    public void Formula_OfItsOwnRowOrOfAnotherRowOfTheGroup_IsNotReported(string name, string formula) =>
        Assert.Empty(Review("target-formula-mismatch",
            Row("成本控制", name, "≤10%", formula: formula), Row("成本控制", "在职人员经费变动率", "≤10%")));

    [Fact]
    public void Explanation_NearerAnotherLibraryDefinition_IsReported()
    {
        var finding = Assert.Single(Review("target-formula-mismatch",
            Row("绩效管理", "绩效目标编制完成率", "100%", "开展绩效监控的项目数占项目总数的比例")));

        Assert.Contains("讲的是指标库中的“绩效监控完成率”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_OfItsOwnDefinition_IsNotReported() =>
        Assert.Empty(Review("target-formula-mismatch", Row("绩效管理", "绩效目标编制完成率", "100%", "按要求编制绩效目标的项目数占应编制的项目总数的比例")));

    [Theory]
    [InlineData("硕士和博士人才数量", "如“57人”")]
    [InlineData("业务系统数量", "如“57个”")]
    public void BareCount_AsksForTheUnitItIsCountedIn(string name, string expected) =>
        Assert.Contains(expected, Assert.Single(Review("target-unit-missing", Row("人才支撑", name, "57"))).Message, StringComparison.Ordinal);

    [Fact]
    public void BareNumber_OfNoCountIndicator_NamesNoUnit() =>
        Assert.DoesNotContain("计数指标", Assert.Single(Review("target-unit-missing", Row("人才支撑", "人才结构", "57"))).Message, StringComparison.Ordinal);

    [Fact]
    public void WithoutLibrary_NothingIsCheckedAgainstIt()
    {
        var form = Form([Row("资产管理", "绩效监控完成率", "100%"), Row("预算管理", "预算执行率", "100%"), Row("预算管理", "结转结余变动率", "20%")]);

        var rules = TargetReview.Run(form, Template, Vocabulary with { Library = IndicatorLibrary.Empty }).Select(f => f.RuleId).ToList();

        Assert.DoesNotContain("target-placement", rules);
        Assert.DoesNotContain("target-relation", rules);
    }
}
