using System.Text;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Tests.Tables;

public class TablesCsvTests
{
    private static string[] Records(Core.Tables.Table table) => TablesCsv.Write([table]).Split("\r\n");

    [Fact]
    public void Write_Stream_StartsWithUtf8ByteOrderMark()
    {
        using var output = new MemoryStream();
        TablesCsv.Write([TestTables.Procurement()], output);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, output.ToArray()[..3]);
        Assert.StartsWith("附表4-12,2023年政府采购预算表\r\n", Encoding.UTF8.GetString(output.ToArray()[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Block_TitleSubtitlesUnitHeaderRows()
    {
        var records = Records(TestTables.ExpenditureSummary());

        Assert.Equal("预算03表,2022年部门支出预算表", records[0]);
        Assert.Equal("部门名称：新乡市政务服务和大数据管理局", records[1]);
        Assert.Equal("单位：万元", records[2]);
        Assert.StartsWith("科目编码/类,科目编码/款,科目编码/项,单位代码,单位(科目名称),合计,基本支出/小计,基本支出/人员经费/工资福利支出,", records[3], StringComparison.Ordinal);
        Assert.Equal(",,,,合计,1280.22,881.81,787.65,25.26,68.90,,398.41,398.41,", records[4]);
        Assert.Equal("201,03,01,,行政运行,368.80,368.80,323.24,,45.56,,,,", records[8]);
    }

    [Fact]
    public void Write_QuotesFieldsWithCommasAndQuotes_AndRoundsFigures()
    {
        var records = Records(TestTables.Procurement());

        Assert.Equal("\"\"\"4050\"\"人员服务, 外包\",C16 信息技术服务,1052600.13,,,1052600.13", records[6]);
    }

    [Fact]
    public void Write_Notes_FollowTheRowsAndBlocksAreSeparatedByAnEmptyLine()
    {
        var csv = TablesCsv.Write([TestTables.EmptyGovernmentFund(), TestTables.Procurement()]);

        Assert.Contains(",,,合计,,,\r\n说明：本单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。\r\n\r\n附表4-12,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Quote_FollowsRfc4180(string field, string expected) => Assert.Equal(expected, TablesCsv.Quote(field));
}
