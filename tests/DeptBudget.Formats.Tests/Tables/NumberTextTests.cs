using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Tests.Tables;

public class NumberTextTests
{
    [Theory]
    [InlineData("1352.27", "1,352.27")]
    [InlineData("1052600.125", "1,052,600.13")]
    [InlineData("0.125", "0.13")]
    [InlineData("-0.125", "-0.13")]
    [InlineData("2.675", "2.68")]
    [InlineData("0", "0.00")]
    [InlineData("-0.001", "0.00")]
    [InlineData("68.9", "68.90")]
    public void Grouped_RoundsHalfAwayFromZeroToTwoDecimals(string value, string expected) =>
        Assert.Equal(expected, NumberText.Grouped(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1352.27", "1352.27")]
    [InlineData("1052600.125", "1052600.13")]
    [InlineData("-1234.5", "-1234.50")]
    public void Plain_HasNoThousandsSeparator(string value, string expected) =>
        Assert.Equal(expected, NumberText.Plain(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Null_PrintsEmpty()
    {
        Assert.Equal(string.Empty, NumberText.Grouped(null));
        Assert.Equal(string.Empty, NumberText.Plain(null));
    }
}
