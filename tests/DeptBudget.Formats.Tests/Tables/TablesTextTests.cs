using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Tests.Tables;

public class TablesTextTests
{
    private static string[] Lines(Core.Tables.Table table) => TablesText.Write([table]).Split('\n');

    [Fact]
    public void Write_StartsLikeTheSeedRendering_NumberHeadingSubtitleUnit()
    {
        var lines = Lines(TestTables.ExpenditureSummary());

        Assert.Equal(
            ["预算03表", "", "## 2022年部门支出预算表", "", "部门名称：新乡市政务服务和大数据管理局", "", "单位：万元", ""],
            lines[..8]);
    }

    [Fact]
    public void Write_HeaderRows_WriteMergedCellsOnceAndTabsElsewhere()
    {
        var lines = Lines(TestTables.ExpenditureSummary());

        Assert.Equal("科目编码\t\t\t单位代码\t单位(科目名称)\t合计\t基本支出\t\t\t\t\t项目支出\t\t", lines[8]);
        Assert.Equal("\t\t\t\t\t\t\t工资福利支出\t对个人和家庭的补助\t商品和服务支出\t资本性支出\t\t\t", lines[10]);
    }

    [Fact]
    public void Write_BodyRows_PrintGroupedNumbersAndEmptyCells()
    {
        var lines = Lines(TestTables.ExpenditureSummary());

        Assert.Contains("201\t03\t01\t\t行政运行\t368.80\t368.80\t323.24\t\t45.56\t\t\t\t", lines);
        Assert.Contains("\t\t\t\t合计\t1,280.22\t881.81\t787.65\t25.26\t68.90\t\t398.41\t398.41\t", lines);
    }

    [Fact]
    public void Write_TwoSided_PrintsBothSidesOnOneLine()
    {
        var lines = Lines(TestTables.IncomeExpenditureSummary());

        Assert.Contains("收入\t\t支出\t", lines);
        Assert.Contains("\t\t二十一、住房保障支出\t", lines);
        Assert.Equal("收入总计\t1,352.27\t支出总计\t1,352.27", lines[^2]);
    }

    [Fact]
    public void Write_EmptyTable_EndsWithItsNote()
    {
        var lines = Lines(TestTables.EmptyGovernmentFund());

        Assert.Equal(["\t\t\t合计\t\t\t", "", "说明：本单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。", ""], lines[^4..]);
    }

    [Fact]
    public void Write_Tables_AreSeparatedByOneBlankLine()
    {
        var text = TablesText.Write([TestTables.EmptyGovernmentFund(), TestTables.Procurement()]);

        Assert.Contains("故此表无数据。\n\n附表4-12\n\n## 2023年政府采购预算表\n", text, StringComparison.Ordinal);
        Assert.Contains("\n单位：元\n", text, StringComparison.Ordinal);
    }
}
