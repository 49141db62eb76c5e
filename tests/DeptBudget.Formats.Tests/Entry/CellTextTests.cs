using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Tests.Entry;

public class CellTextTests
{
    [Theory]
    [InlineData("1352.27", "1352.27")]
    [InlineData("1,352.27", "1352.27")]
    [InlineData("\u30002406.62", "2406.62")]
    [InlineData("１２．５", "12.5")]
    [InlineData("100.50", "100.5")]
    [InlineData("1.5E-3", "0.0015")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("-3", "-3")]
    public void TryParseNumber_ReadsWhatUsersTypeOrExcelStores(string text, string expected)
    {
        Assert.True(CellText.TryParseNumber(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("一百")]
    [InlineData("12万元")]
    [InlineData("")]
    public void TryParseNumber_RefusesText(string text) => Assert.False(CellText.TryParseNumber(text, out _));

    [Theory]
    [InlineData("2010301 行政运行", "2010301")]
    [InlineData("201 03 01 行政运行", "201 03 01")]
    [InlineData("2010301", "2010301")]
    [InlineData("30201办公费", "30201")]
    public void CodePrefix_DropsTheName(string text, string expected) => Assert.Equal(expected, CellText.CodePrefix(text));

    [Theory]
    [InlineData("[A02010105]台式计算机", "A02010105", "台式计算机")]
    [InlineData("C16020000 信息系统运行维护服务", "C16020000", "信息系统运行维护服务")]
    [InlineData("A02010105", "A02010105", null)]
    public void SplitItem_SeparatesCodeAndName(string text, string code, string? name) =>
        Assert.Equal((code, name), CellText.SplitItem(text));
}
