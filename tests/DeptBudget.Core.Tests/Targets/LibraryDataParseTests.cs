using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Tests.Targets;

public class LibraryDataParseTests
{
    [Theory]
    [InlineData("预算执行率 ≥ 100%", "预算执行率", Comparison.AtLeast, 100, "%")]
    [InlineData("结转结余变动率≤0%", "结转结余变动率", Comparison.AtMost, 0, "%")]
    [InlineData("“三公经费”变动率 = 0", "“三公经费”变动率", Comparison.Equal, 0, "")]
    public void Condition_ReadsNameOperatorValueAndUnit(string text, string name, Comparison comparison, double value, string unit)
    {
        var condition = TargetCondition.Parse(text);

        Assert.Equal((name, comparison, (decimal)value, unit), (condition.Indicator, condition.Bound.Operator, condition.Bound.Value, condition.Bound.Unit));
    }

    [Theory]
    [InlineData("预算执行率 100%")]
    [InlineData("≥ 100%")]
    [InlineData("预算执行率 ≥ 很高")]
    public void Condition_WithoutNameOperatorOrNumber_DoesNotRead(string text) =>
        Assert.Throws<FormatException>(() => TargetCondition.Parse(text));

    [Theory]
    [InlineData("≥ 100%", "100%", true)]
    [InlineData("≥ 100%", "≥100%", true)]
    [InlineData("≥ 100%", "≥90%", false)]
    [InlineData("≥ 100%", "≤100%", false)]
    [InlineData("≥ 100%", "100人", false)]
    [InlineData("≤ 0%", "≤0%", true)]
    [InlineData("≤ 0%", "0%", true)]
    public void Condition_IsEnsuredOnlyWhenEveryValueTheTargetAsksForMeetsIt(string bound, string target, bool ensured) =>
        Assert.Equal(ensured, TargetCondition.Parse("指标 " + bound).IsEnsuredBy((QuantitativeTarget)TargetParser.Parse(target)));

    [Theory]
    [InlineData("≤ 0%", "20%", true)]
    [InlineData("≤ 0%", "≥5%", true)]
    [InlineData("≤ 0%", "≤20%", false)]
    [InlineData("≤ 0%", "0%", false)]
    [InlineData("≥ 100%", "≤90%", true)]
    [InlineData("≤ 0%", "20人", false)]
    public void Condition_IsContradictedOnlyWhenNoValueTheTargetAsksForMeetsIt(string bound, string target, bool contradicted) =>
        Assert.Equal(contradicted, TargetCondition.Parse("指标 " + bound).IsContradictedBy((QuantitativeTarget)TargetParser.Parse(target)));

    [Fact]
    public void Relations_BadRow_NamesFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => IndicatorRelation.Parse("# comment\n预算执行率 ≥ 100%\t结转结余变动率 0%\t理由\n", "relations.tsv"));

        Assert.StartsWith("relations.tsv 第 2 行：", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relations_MissingReason_NamesFileAndLine() =>
        Assert.Contains("第 1 行", Assert.Throws<FormatException>(() => IndicatorRelation.Parse("预算执行率 ≥ 100%\t结转结余率 ≤ 0%\n", "r.tsv")).Message, StringComparison.Ordinal);

    [Fact]
    public void Placements_AllowTheLibrarysGroupTheListAndTheirSynonyms()
    {
        var entry = new LibraryIndicator { Name = "预算执行率", Level2 = "预算执行", Formula = Formula.Parse("1") };
        var placements = IndicatorPlacements.Parse("预算执行率\t预算管理\n", "p.tsv", "预算管理\t预算编制、预算和财务管理\n", "s.tsv");

        Assert.Equal(["预算执行", "预算管理"], placements.AllowedLevel2(entry));
        Assert.True(placements.Allows(entry, "预算执行"));
        Assert.True(placements.Allows(entry, "预算编制"));
        Assert.True(placements.Allows(entry, "预算和财务管理"));
        Assert.False(placements.Allows(entry, "资产管理"));
    }

    [Fact]
    public void Placements_RowWithoutGroups_NamesFileAndLine() =>
        Assert.StartsWith("p.tsv 第 2 行", Assert.Throws<FormatException>(() => IndicatorPlacements.Parse("\n预算执行率\n", "p.tsv", "", "s.tsv")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("运行成本、管理效率", "管理效率")]
    [InlineData("投入管理指标、产出指标", "投入管理指标")]
    [InlineData("产出指标、效益指标", "管理效率")]
    [InlineData("", "管理效率")]
    public void Level1In_TheLibrarysGroupOrTheFirstOfItsNamesTheTemplateHas(string firstLevel, string expected)
    {
        var entry = new LibraryIndicator { Name = "预算调整率", Level1 = "管理效率", Formula = Formula.Parse("1") };
        var placements = IndicatorPlacements.Parse("", "p.tsv", "", "s.tsv", "管理效率\t投入管理指标、运行成本\n", "l1.tsv");

        Assert.Equal(expected, placements.Level1In(entry, firstLevel.Split('、', StringSplitOptions.RemoveEmptyEntries)));
    }
}
