using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Review;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>
/// One test per automatic entry of /work/shared/data/reviews/seed-review.json for the seeds' performance forms:
/// the review finds it, at the right place. 000-05, 003-02 and 003-03 are spelling slips (not automatic).
/// </summary>
public class SeedReviewTests
{
    private static readonly Dictionary<string, IReadOnlyList<Finding>> Cache = new(StringComparer.Ordinal);

    private static IReadOnlyList<Finding> Review(string seed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var findings))
            {
                var forms = SeedForms.Read(seed).Select(f => (f, ShippedTargetData.Template(f.TemplateId)));
                Cache[seed] = findings = TargetReview.Run(forms, ShippedTargetData.Vocabulary);
            }

            return findings;
        }
    }

    private static Finding Single(string seed, string rule, string rowLabel, string? column = null)
    {
        var found = Review(seed).Where(f => f.RuleId == rule && (f.Location.RowLabel ?? "").EndsWith(rowLabel, StringComparison.Ordinal)
            && (column is null || f.Location.ColumnLabel == column)).ToList();
        Assert.True(found.Count == 1, $"{rule} at {rowLabel}: {found.Count} findings\n" + string.Join("\n", Review(seed).Select(f => f.Message)));
        return found[0];
    }

    private static List<Finding> All(string seed, string rule, string rowLabel) =>
        Review(seed).Where(f => f.RuleId == rule && (f.Location.RowLabel ?? "").EndsWith(rowLabel, StringComparison.Ordinal)).ToList();

    [Fact]
    public void Seed000_01_IncomeAndExpenditureTotalsDiffer()
    {
        var finding = Single(SeedForms.Hubei, "target-money-balance", "支出合计", "当年金额");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((1132.41m, 1132.35m, 0.06m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Contains("部门总体资金情况", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022年", 1043.51, 1006.62)]
    [InlineData("2023年", 1264.45, 1397.36)]
    public void Seed000_02_PreviousYearsDoNotBalance(string column, double income, double spending)
    {
        var finding = Single(SeedForms.Hubei, "target-money-balance", "支出合计", column);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(((decimal)income, (decimal)spending), (finding.Stated!.Value, finding.Expected!.Value));
    }

    [Theory]
    [InlineData("特定目标类项目支出", 68, 68.65)]
    [InlineData("单位资金", 3, 2.47)]
    public void Seed000_03_SharesAdjustedToAddUp(string line, int printed, double exact)
    {
        var finding = Single(SeedForms.Hubei, "target-money-share", line);

        Assert.Equal(Severity.Rounding, finding.Severity);
        Assert.Equal(((decimal)printed, (decimal)exact), (finding.Stated!.Value, finding.Expected!.Value));
    }

    [Fact]
    public void Seed000_03_SharesThatRoundRightAreNotReported() =>
        Assert.Equal(2, Review(SeedForms.Hubei).Count(f => f.RuleId == "target-money-share"));

    [Fact]
    public void Seed000_04_ProjectListExceedsItsExpenditure()
    {
        var finding = Single(SeedForms.Hubei, "target-money-project-list", "项目本年年度预算合计");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((923.68m, 820.35m), (finding.Stated!.Value, finding.Expected!.Value));
    }

    [Theory]
    [InlineData("政务服务大厅外聘人员数量", "target-unreadable")]
    [InlineData("办公设置购置经费", "target-prose")]
    [InlineData("政务服务便民热线及基层政务和政务公开服务工作", "target-prose")]
    [InlineData("公共资源监管", "target-vague")]
    [InlineData("公共资源监管", "target-missing-name")]
    [InlineData("在职人员控制率", "target-class")]
    public void Seed000_06_CostRowsInProse(string row, string rule) =>
        Assert.Contains("长期绩效指标", Single(SeedForms.Hubei, rule, row).Location.Section, StringComparison.Ordinal);

    [Theory]
    [InlineData("营商环境")]
    [InlineData("政务服务")]
    [InlineData("服务体制改革成效")]
    [InlineData("行政管理体制改革成效")]
    [InlineData("干部队伍体系建设规划情况")]
    [InlineData("信息化建设情况")]
    public void Seed000_07_VagueTargetsInBothTables(string row) =>
        Assert.Equal(["年度绩效指标", "长期绩效指标"], All(SeedForms.Hubei, "target-vague", row).Select(f => f.Location.Section!).Order(StringComparer.Ordinal));

    [Fact]
    public void Seed000_08_EmptyEffectRowsAndNoAnnualSaving()
    {
        Assert.Equal(["年度绩效指标", "长期绩效指标"], All(SeedForms.Hubei, "target-empty-row", "社会效应/生态效益").Select(f => f.Location.Section!).Order(StringComparer.Ordinal));
        Assert.Equal("年度绩效指标", Single(SeedForms.Hubei, "target-empty-row", "社会效应/经济效益").Location.Section);
        Assert.Contains("节约成本", Single(SeedForms.Hubei, "target-long-term-annual", "节约成本").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_07_TaskDescriptionsSwapped()
    {
        var finding = Single(SeedForms.Henan, "target-swapped-description", "大力推进“一证通办”");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("全面推进“不见面审批”系统建设", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_08_ExplanationRowsWithoutIndicator()
    {
        var rows = Review(SeedForms.Henan).Where(f => f.RuleId == "target-empty-row").ToList();

        Assert.Equal(5, rows.Count);
        Assert.All(rows, f => Assert.StartsWith("工作目标管理", f.Location.RowLabel, StringComparison.Ordinal));
        Assert.All(rows, f => Assert.Contains("只有指标说明", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed002_09_CopiedExplanation() =>
        Assert.Contains("绩效监控完成率", Single(SeedForms.Henan, "target-copied-explanation", "绩效目标编制完成率").Message, StringComparison.Ordinal);

    [Fact]
    public void Seed002_09_ExplanationIsAnotherLibraryIndicatorsFormula()
    {
        var finding = Single(SeedForms.Henan, "target-formula-mismatch", "绩效目标编制完成率");

        Assert.Equal("指标解释", finding.Location.ColumnLabel);
        Assert.Contains("即指标库中的“绩效监控完成率”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_09_PlacedUnderAssetManagement()
    {
        var finding = Single(SeedForms.Henan, "target-placement", "资产管理/绩效目标编制完成率");

        Assert.Equal("二级指标", finding.Location.ColumnLabel);
        Assert.Contains("放在二级指标“资产管理”下；按指标库，它属于“绩效管理”", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The row below, read under the same 资产管理 cell, is misplaced by the same rule; no other indicator of the seeds is.</summary>
    [Fact]
    public void Seed002_09_OnlyThePerformanceRowsUnderAssetManagementAreMisplaced()
    {
        string[] seeds = [SeedForms.Hubei, SeedForms.Henan, SeedForms.Zhengzhou];

        var placed = seeds.SelectMany(Review).Where(f => f.RuleId == "target-placement").Select(f => f.Location.RowLabel).ToList();

        Assert.Equal(["投入管理指标/资产管理/绩效目标编制完成率", "投入管理指标/资产管理/绩效监控完成率"], placed);
    }

    [Fact]
    public void Seed002_11_ProjectBlocksWithoutNameOrAmount()
    {
        var total = Single(SeedForms.Henan, "target-money-project-total", "合计");
        var blocks = Review(SeedForms.Henan).Where(f => f.RuleId == "target-completeness").Select(f => f.Message).ToList();

        Assert.Equal((170.59m, 398.41m), (total.Stated!.Value, total.Expected!.Value));
        Assert.Equal(3, blocks.Count);
        Assert.Contains(blocks, m => m.Contains("410700220000000014769", StringComparison.Ordinal) && m.Contains("≤88万元", StringComparison.Ordinal));
        Assert.Contains(blocks, m => m.Contains("≤34.56万元", StringComparison.Ordinal));
        Assert.Contains(blocks, m => m.Contains("≤112.91万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed002_11_NameInsideTheWrongBlockShowsAsCostAgainstBudget()
    {
        var finding = Single(SeedForms.Henan, "target-cost-budget", "2022年预算金额");

        Assert.Equal((105.26m, 112.91m), (finding.Stated!.Value, finding.Expected!.Value));
    }

    [Theory]
    [InlineData("线路开通时间", "≥20日")]
    [InlineData("故障响应时间", "≥168小时")]
    public void Seed002_12_OperatorPointsTheWrongWay(string row, string written) =>
        Assert.Contains(written, Single(SeedForms.Henan, "target-operator-direction", row).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("数据存储规模达到TB级", "target-unreadable")]
    [InlineData("提升政府形象，促进服务型政府建设", "target-vague")]
    [InlineData("提高行政工作效益", "target-vague")]
    [InlineData("有利于市民中心稳定开展工作", "target-vague")]
    [InlineData("提高办公效率", "target-vague")]
    [InlineData("社会效益", "target-vague")]
    public void Seed002_13_UnmeasurableValues(string row, string rule) => Assert.NotNull(Single(SeedForms.Henan, rule, row));

    [Fact]
    public void Seed003_01_PartExceedsTotal()
    {
        var finding = Single(SeedForms.Zhengzhou, "target-money-part-exceeds-total", "任务3");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((3300.9m, 3300.8m), (finding.Stated!.Value, finding.Expected!.Value));
    }

    [Theory]
    [InlineData("预算调整率")]
    [InlineData("结转结余变动率")]
    public void Seed003_04_RateWithoutOperator(string row) =>
        Assert.Contains("≤", Single(SeedForms.Zhengzhou, "target-operator-missing", row).Message, StringComparison.Ordinal);

    [Fact]
    public void Seed003_04_CarryOverGrowthContradictsFullExecution()
    {
        var finding = Single(SeedForms.Zhengzhou, "target-relation", "结转结余变动率");

        Assert.Equal((20m, 0m), (finding.Stated!.Value, finding.Expected!.Value));
        Assert.Contains("与“预算执行率”的指标值“100%”矛盾", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_04_TheOnlyRelationFindingOfTheSeeds() =>
        Assert.Equal(["管理效率/预算管理/结转结余变动率"], new[] { SeedForms.Hubei, SeedForms.Henan, SeedForms.Zhengzhou }
            .SelectMany(Review).Where(f => f.RuleId == "target-relation").Select(f => f.Location.RowLabel));

    [Fact]
    public void Seed003_05_SavingChangeRatePointsUp() =>
        Assert.Contains("≥10%", Single(SeedForms.Zhengzhou, "target-operator-direction", "厉行节约支出变动率").Message, StringComparison.Ordinal);

    [Fact]
    public void Seed003_06_DescriptionWhereANameBelongs() =>
        Assert.Equal("三级指标", Single(SeedForms.Zhengzhou, "target-label", "支出管理规范性和支出结构的情况。").Location.ColumnLabel);

    [Theory]
    [InlineData("硕士和博士人才数量", "target-label")]
    [InlineData("硕士和博士人才数量", "target-unit-missing")]
    [InlineData("总体工作完成率", "target-label")]
    [InlineData("部门决算编报质量", "target-label")]
    [InlineData("管理制度建设成效", "target-label")]
    public void Seed003_07_NamesInTheWrongColumn(string row, string rule) => Assert.NotNull(Single(SeedForms.Zhengzhou, rule, row));

    [Fact]
    public void Seed003_07_FormulaOfAnotherIndicatorBesideACount()
    {
        var finding = Single(SeedForms.Zhengzhou, "target-formula-mismatch", "硕士和博士人才数量");

        Assert.Contains("公式“高级职称人才比重=高级职称人才数量÷单位实有人数×100%”（写在“培训计划执行率”的指标说明中）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("不是百分数", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_07_CountWithoutUnitAsksForPersons() =>
        Assert.Contains("是计数指标，应写明单位，如“57人”", Single(SeedForms.Zhengzhou, "target-unit-missing", "硕士和博士人才数量").Message, StringComparison.Ordinal);

    [Fact]
    public void FormulaMismatch_OnlyTheReviewersTwoRowsInTheSeeds() =>
        Assert.Equal(["投入管理指标/资产管理/绩效目标编制完成率", "可持续性/硕士和博士人才数量"], new[] { SeedForms.Hubei, SeedForms.Henan, SeedForms.Zhengzhou }
            .SelectMany(Review).Where(f => f.RuleId == "target-formula-mismatch").Select(f => f.Location.RowLabel));

    [Theory]
    [InlineData("信息化建设成效")]
    [InlineData("管理制度建设成效")]
    [InlineData("相关机构之间的配合联动")]
    [InlineData("体制机制运行的效率效能")]
    [InlineData("制度创新持续性")]
    public void Seed003_08_VagueTargets(string row) => Assert.NotNull(Single(SeedForms.Zhengzhou, "target-vague", row));

    [Theory]
    [InlineData(SeedForms.Hubei, "目前聘用保洁保安人员 7 人，大厅服务人员 82 人，共聘人数 89 人，控制外聘人数")]
    [InlineData(SeedForms.Henan, "TB")]
    [InlineData(SeedForms.Zhengzhou, "")]
    public void EverySeedTarget_IsParsedOrListedAsUnreadable(string seed, string unreadable)
    {
        var indicators = SeedForms.Read(seed).SelectMany(f => f.AllIndicators).ToList();

        Assert.Equal(unreadable, string.Join("|", indicators.Select(i => i.Target).OfType<UnreadableTarget>().Select(t => t.Text)));
        Assert.All(indicators, i => Assert.True(i.Target is QuantitativeTarget or CompoundTarget or QualitativeTarget or UnreadableTarget or MissingTarget));
    }
}
