using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Tests.Targets;

public class LibraryTests
{
    private static readonly IndicatorLibrary Library = new(
    [
        new LibraryIndicator { Name = "预算执行率", Synonyms = ["预算完成率"], Formula = Formula.Parse("执行数 / 预算数 * 100") },
        new LibraryIndicator { Name = "“三公经费”变动率", Synonyms = ["三公经费变动率"], Formula = Formula.Parse("(本年 - 上年) / 上年 * 100") },
        new LibraryIndicator { Name = "执行率", Formula = Formula.Parse("1") },
    ]);

    private static Dictionary<string, decimal> Inputs(params (string Name, decimal Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("12 / 4 / 3", 1)]
    [InlineData("(120 − 114) ÷ 120 × 100", 5)]
    public void Formula_Precedence(string text, double expected) =>
        Assert.Equal((decimal)expected, Formula.Parse(text).Evaluate(Inputs()));

    [Fact]
    public void Formula_NamedInputs_InDecimal()
    {
        var formula = Formula.Parse("(本年结转结余 - 上年结转结余) / 上年结转结余 * 100");

        Assert.Equal(["本年结转结余", "上年结转结余"], formula.Inputs);
        Assert.Equal(20m, formula.Evaluate(Inputs(("本年结转结余", 12m), ("上年结转结余", 10m))));
    }

    [Fact]
    public void Formula_MissingInputOrZeroDivisor_HasNoValue()
    {
        var formula = Formula.Parse("执行数 / 预算数 * 100");

        Assert.Null(formula.Evaluate(Inputs(("执行数", 1m))));
        Assert.Null(formula.Evaluate(Inputs(("执行数", 1m), ("预算数", 0m))));
    }

    [Theory]
    [InlineData("执行数 / ")]
    [InlineData("(执行数 / 预算数")]
    [InlineData("执行数 预算数")]
    public void Formula_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => Formula.Parse(text));

    [Theory]
    [InlineData("预算执行率", "预算执行率")]
    [InlineData("预算完成率", "预算执行率")]
    [InlineData("\"三公经费\"变动率", "“三公经费”变动率")]
    [InlineData("三公经费变动率", "“三公经费”变动率")]
    [InlineData("项目预算执行率", "预算执行率")]
    [InlineData("资金执行率", "执行率")]
    public void Match_ByNameSynonymOrEnding(string name, string expected) => Assert.Equal(expected, Library.Match(name)?.Name);

    [Fact]
    public void Match_Unrelated_IsNull() => Assert.Null(Library.Match("培训人次"));

    [Fact]
    public void Evaluate_UsesTheEntrysFormula() =>
        Assert.Equal(95m, IndicatorLibrary.Evaluate(Library.Entries[0], Inputs(("执行数", 114m), ("预算数", 120m))));
}
