using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tests;

public class CodesTests
{
    [Theory]
    [InlineData("2010301", CodeLevel.Item, "201", "20103")]
    [InlineData("201 03 01", CodeLevel.Item, "201", "20103")]
    [InlineData("２０１０３", CodeLevel.Section, "201", "20103")]
    [InlineData("201", CodeLevel.Class, "201", null)]
    public void FunctionCode_Parse_KnowsLevelAndParents(string text, CodeLevel level, string @class, string? section)
    {
        var code = FunctionCode.Parse(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(@class, code.Class.ToString());
        Assert.Equal(section, code.Section?.ToString());
    }

    [Theory]
    [InlineData("20103A")]
    [InlineData("2010")]
    [InlineData("")]
    [InlineData("201030101")]
    public void FunctionCode_TryParse_RefusesMalformedCodes(string text) =>
        Assert.False(FunctionCode.TryParse(text, out _));

    [Fact]
    public void FunctionCode_Parts_SplitsClassSectionItem() =>
        Assert.Equal(("201", "03", "50"), FunctionCode.Parse("2010350").Parts());

    [Fact]
    public void EconomicCode_Class_IsFirstThreeDigits() =>
        Assert.Equal("302", EconomicCode.Parse("30231").Class.ToString());
}
