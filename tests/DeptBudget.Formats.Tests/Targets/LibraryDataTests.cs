using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Tests.Checks;

namespace DeptBudget.Formats.Tests.Targets;

public class LibraryDataTests
{
    private static LibraryIndicator Entry(string name) => LibraryData.Library.Entries.Single(e => e.Name == name);

    private static Dictionary<string, decimal> Inputs(params (string Name, decimal Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void Library_HoldsTheCommonIndicatorsOfDomain64()
    {
        string[] expected =
        [
            "预算执行率", "预算调整率", "结转结余率", "结转结余变动率", "“三公经费”控制率", "“三公经费”变动率", "政府采购执行率",
            "人均公用经费变动率", "在职人员经费变动率", "专项资金细化率", "绩效监控完成率", "评价结果应用率", "成本节约率",
            "绩效目标编制完成率", "绩效自评完成率", "高级职称人才比重",
        ];

        Assert.Equal(expected, LibraryData.Library.Entries.Select(e => e.Name));
        Assert.All(LibraryData.Library.Entries, e => Assert.NotEqual("", e.Definition));
        Assert.All(LibraryData.Library.Entries, e => Assert.NotEqual(Direction.Neither, e.Direction));
    }

    [Theory]
    [InlineData("预算执行率", "执行数", 114, "预算数", 120, 95)]
    [InlineData("预算调整率", "预算调整数", 6, "预算数", 120, 5)]
    [InlineData("结转结余率", "结转结余总额", 12, "预算数", 120, 10)]
    [InlineData("结转结余变动率", "本年结转结余", 12, "上年结转结余", 10, 20)]
    [InlineData("“三公经费”控制率", "三公经费实际支出", 9, "三公经费预算数", 10, 90)]
    [InlineData("“三公经费”变动率", "本年三公经费", 9, "上年三公经费", 10, -10)]
    [InlineData("政府采购执行率", "实际采购金额", 45, "采购预算", 50, 90)]
    [InlineData("绩效监控完成率", "已监控项目数", 8, "项目总数", 10, 80)]
    [InlineData("评价结果应用率", "采纳的意见数", 3, "提出的意见数", 4, 75)]
    [InlineData("成本节约率", "执行数", 114, "预算数", 120, 5)]
    public void Formulas_OfDomain64(string name, string a, double aValue, string b, double bValue, double expected) =>
        Assert.Equal((decimal)expected, IndicatorLibrary.Evaluate(Entry(name), Inputs((a, (decimal)aValue), (b, (decimal)bValue))));

    [Theory]
    [InlineData("三公经费控制率", "“三公经费”控制率")]
    [InlineData("“三公”经费变动率", "“三公经费”变动率")]
    [InlineData("项目资金细化率", "专项资金细化率")]
    [InlineData("总体成本节约率", "成本节约率")]
    public void Match_FormNames(string name, string expected) => Assert.Equal(expected, LibraryData.Library.Match(name)?.Name);

    [Fact]
    public void InputsFromKeyFigures_ThreePublicChangeOfSeed002()
    {
        var figures = SampleTables.Of(SampleTables.Henan).Single(t => t.Id == StandardTables.KeyFigures);
        var row = figures.Rows.Single(r => r.Key == "threePublic");
        var entry = Entry("“三公经费”变动率");

        var inputs = IndicatorLibrary.InputsFromKeyFigures(entry, figures);

        Assert.Equal(row[KeyFigures.ThisYear], inputs["本年三公经费"]);
        Assert.Equal(row[KeyFigures.LastYear], inputs["上年三公经费"]);
        Assert.NotNull(IndicatorLibrary.Evaluate(entry, inputs));
    }

    [Fact]
    public void ReadLibrary_BadFormula_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<InputException>(() => LibraryData.ReadLibrary("甲\t\t产出\t数量\t%\thigher\t(执行数 / 预算数\n", "my.tsv"));

        Assert.Contains("my.tsv 第 1 行第 7 列", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLibrary_BadDirection_IsAnInputError() =>
        Assert.Throws<InputException>(() => LibraryData.ReadLibrary("甲\t\t产出\t数量\t%\tup\t1\n", "my.tsv"));

    [Fact]
    public void Scoring_IsTheNationalMethod()
    {
        var rules = LibraryData.Scoring;

        Assert.Equal(10m, rules.BudgetWeight);
        Assert.Equal([50m, 30m, 10m], rules.Groups.Select(g => g.Weight));
        Assert.Equal([100m, 80m, 60m, 0m], rules.Bands.Select(b => b.Percent));
        Assert.Equal(["优", "良", "中", "差"], rules.Grades.Select(g => g.Name));
    }
}
