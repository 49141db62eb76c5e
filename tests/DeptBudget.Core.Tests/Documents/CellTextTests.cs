using DeptBudget.Core.Documents.Recognition;

namespace DeptBudget.Core.Tests.Documents;

public class CellTextTests
{
    [Theory]
    [InlineData("1,352.27", "1352.27")]
    [InlineData("１，３５２．２７", "1352.27")]
    [InlineData("$1{,}352.27$", "1352.27")]
    [InlineData(" 0.45 ", "0.45")]
    [InlineData("-3.10", "-3.10")]
    public void TryFigure_ReadsPrintedNumbersExactly(string printed, string expected)
    {
        Assert.True(CellText.TryFigure(printed, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("—")]
    public void TryFigure_BlankOrDash_IsNoFigure(string printed)
    {
        Assert.True(CellText.TryFigure(printed, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("三十一")]
    [InlineData("12万")]
    [InlineData("1.2.3")]
    public void TryFigure_Text_IsNotAFigure(string printed) => Assert.False(CellText.TryFigure(printed, out _));

    [Theory]
    [InlineData("(一) 一般公共服务支出", "一般公共服务")]
    [InlineData("一、一般公共服务", "一般公共服务")]
    [InlineData("（十）卫生健康支出", "卫生健康")]
    [InlineData("收入合计：", "收入合计")]
    public void Label_FoldsNumberingPunctuationAndTheWordExpenditure(string printed, string expected) =>
        Assert.Equal(expected, CellText.Label(printed));
}
