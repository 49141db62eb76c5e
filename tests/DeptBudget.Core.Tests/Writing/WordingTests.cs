using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Writing;

namespace DeptBudget.Core.Tests.Writing;

public class WordingTests
{
    [Theory]
    [InlineData("1352.27", "1631.98", "比2021年减少279.71万元，下降17.14%")]
    [InlineData("1200", "1000", "比2021年增加200.00万元，增长20.00%")]
    [InlineData("3.3", "3.30", "与2021年持平")]
    [InlineData("2", "0", "2021年无此项支出，本年新增2.00万元")]
    [InlineData("0", "1", "本年无此项支出，比2021年减少1.00万元")]
    [InlineData("0", "0", "2021年和本年均无此项支出")]
    public void Change_ChoosesTheWordsFromTheSign(string thisYear, string lastYear, string expected) =>
        Assert.Equal(expected, Wording.Change(decimal.Parse(thisYear, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(lastYear, System.Globalization.CultureInfo.InvariantCulture), 2021));

    [Fact]
    public void Amount_HasTwoDecimalsRoundedHalfUp() => Assert.Equal("0.13万元", Wording.Amount(0.125m));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(13, "十三")]
    [InlineData(21, "二十一")]
    public void ChineseNumerals_NumberSections(int number, string expected) => Assert.Equal(expected, ChineseNumerals.Of(number));

    [Fact]
    public void ChineseNumerals_WriteTheCoverDate() => Assert.Equal("二〇二二年四月", CoverDate.Month(new DateOnly(2022, 4, 18)));
}
