using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Tests.Narrative;

public class TextNumbersTests
{
    [Theory]
    [InlineData("1352.27 万元", 1352.27, NumberUnit.TenThousandYuan)]
    [InlineData("1,352.27万元", 1352.27, NumberUnit.TenThousandYuan)]
    [InlineData("１３５２．２７万元", 1352.27, NumberUnit.TenThousandYuan)]
    [InlineData("１，３５２．２７ 万元", 1352.27, NumberUnit.TenThousandYuan)]
    [InlineData("13,522,700 元", 1352.27, NumberUnit.TenThousandYuan)]
    [InlineData("60000元", 6, NumberUnit.TenThousandYuan)]
    [InlineData("1.5 亿元", 15000, NumberUnit.TenThousandYuan)]
    [InlineData("17.14%", 17.14, NumberUnit.Percent)]
    [InlineData("１７．１４％", 17.14, NumberUnit.Percent)]
    [InlineData("$1352.27$ 万元", 1352.27, NumberUnit.TenThousandYuan)]
    [InlineData(@"$17.14\%$", 17.14, NumberUnit.Percent)]
    [InlineData("2022 年", 2022, NumberUnit.Year)]
    [InlineData("1辆", 1, NumberUnit.Other)]
    [InlineData("23 人", 23, NumberUnit.Persons)]
    [InlineData("１２名", 12, NumberUnit.Persons)]
    [InlineData("200 人次", 200, NumberUnit.Other)]
    [InlineData("-5.5万元", -5.5, NumberUnit.TenThousandYuan)]
    public void ParseOne_ReadsTheFigureInItsUnit(string text, double value, NumberUnit unit)
    {
        var number = TextNumbers.ParseOne(text);

        Assert.NotNull(number);
        Assert.Equal(((decimal)value, unit), (number.Value, number.Unit));
    }

    [Fact]
    public void ParseOne_YuanIsConvertedExactly()
    {
        var number = TextNumbers.ParseOne("12345 元")!;

        Assert.Equal(1.2345m, number.Value);
        Assert.Equal(0.0001m, number.Precision);
    }

    [Theory]
    [InlineData("3.3 万元", 0.1)]
    [InlineData("953.86 万元", 0.01)]
    [InlineData("6 万元", 1)]
    public void ParseOne_PrecisionIsTheLastWrittenDigit(string text, double precision) =>
        Assert.Equal((decimal)precision, TextNumbers.ParseOne(text)!.Precision);

    [Fact]
    public void ParseOne_LatexLimitKeepsItsComparator()
    {
        var number = TextNumbers.ParseOne(@"$\leq 5\%$")!;

        Assert.Equal(('≤', 5m, NumberUnit.Percent), (number.Comparator, number.Value, number.Unit));
    }

    [Theory]
    [InlineData(@"$\geq 90\%$", '≥')]
    [InlineData(@"$\leqslant 5\%$", '≤')]
    public void ParseOne_OtherLatexComparisons(string text, char comparator) =>
        Assert.Equal(comparator, TextNumbers.ParseOne(text)!.Comparator);

    [Fact]
    public void Normalize_LeavesOtherLatexCommandsAlone() =>
        Assert.Equal(@"\left(5\right)", TextNumbers.Normalize(@"$\left(5\right)$"));

    [Fact]
    public void Find_ReadsEveryNumberOfASentenceInOrder()
    {
        var text = TextNumbers.Normalize("2022 年收入总计 1,352.27 万元，与 2021 年相比，减少 279.71 万元，下降 17.14%，共 1 辆。");

        var numbers = TextNumbers.Find(text);

        Assert.Equal(
            [(2022m, NumberUnit.Year), (1352.27m, NumberUnit.TenThousandYuan), (2021m, NumberUnit.Year), (279.71m, NumberUnit.TenThousandYuan), (17.14m, NumberUnit.Percent), (1m, NumberUnit.Other)],
            numbers.Select(n => (n.Value, n.Unit)));
    }

    [Fact]
    public void Normalize_KeepsAChineseCommaBetweenNumbersThatAreNotThousands()
    {
        Assert.Equal("增加0万元，增长0%", TextNumbers.Normalize("增加０万元，增长０％"));
    }
}
