using DeptBudget.Core.Tables;
using DeptBudget.Formats.Tables;
using static DeptBudget.Formats.Tests.Tables.TableBuilder;

namespace DeptBudget.Formats.Tests.Tables;

public class BodyLayoutTests
{
    private static string[] Texts(BodyLine line) =>
        line.Cells.Select(c => c.IsValue ? NumberText.Plain(c.Number) : c.Text).ToArray();

    [Fact]
    public void Build_TwoSided_PairsBodyRowsByPositionAndPadsTheShorterSide()
    {
        var lines = BodyLayout.Build(TestTables.IncomeExpenditureSummary());

        Assert.Equal(["一、一般公共预算", "1352.27", "一、一般公共服务", "1193.81"], Texts(lines[0]));
        Assert.Equal(["", "", "二十一、住房保障支出", ""], Texts(lines[3]));
        Assert.Null(lines[3].Cells[0].Row);
    }

    [Fact]
    public void Build_TwoSided_LinesUpFootersAtTheBottom()
    {
        var lines = BodyLayout.Build(TestTables.IncomeExpenditureSummary());

        Assert.Equal(7, lines.Count);
        Assert.Equal(["本年收入合计", "1352.27", "本年支出合计", "1352.27"], Texts(lines[4]));
        Assert.Equal(["上年结转结余", "", "年终结转结余", ""], Texts(lines[5]));
        Assert.Equal(["收入总计", "1352.27", "支出总计", "1352.27"], Texts(lines[6]));
    }

    [Fact]
    public void Build_TwoSided_UnevenFooters_AreBottomAligned()
    {
        var table = new TableBuilder(
                "t", "1", "收支",
                Leaf("收入", kind: ColumnKind.Label, side: TableSide.Left), Leaf("金额", "in", side: TableSide.Left),
                Leaf("支出", kind: ColumnKind.Label, side: TableSide.Right), Leaf("金额", "out", side: TableSide.Right))
            .Row("a", "收入甲", 1, side: TableSide.Left, cells: ("in", 1m))
            .Row("in:total", "收入总计", 0, RowRole.Footer, TableSide.Left, cells: ("in", 1m))
            .Row("b", "支出甲", 1, side: TableSide.Right, cells: ("out", 1m))
            .Row("out:year", "本年支出合计", 0, RowRole.Footer, TableSide.Right, cells: ("out", 1m))
            .Row("out:total", "支出总计", 0, RowRole.Total, TableSide.Right, cells: ("out", 1m))
            .Build();

        var lines = BodyLayout.Build(table);

        Assert.Equal(["收入甲", "1.00", "支出甲", "1.00"], Texts(lines[0]));
        Assert.Equal(["", "", "本年支出合计", "1.00"], Texts(lines[1]));
        Assert.Equal(["收入总计", "1.00", "支出总计", "1.00"], Texts(lines[2]));
    }

    [Fact]
    public void Build_OneSided_SplitsFunctionCodesIntoClassSectionItem()
    {
        var lines = BodyLayout.Build(TestTables.ExpenditureSummary());
        var byKey = lines.ToDictionary(l => l.Cells[0].Row!.Key);

        Assert.Equal(["201", "03", "01"], Texts(byKey["f:2010301"])[..3]);
        Assert.Equal(["201", "03", ""], Texts(byKey["f:20103"])[..3]);
        Assert.Equal(["201", "", ""], Texts(byKey["f:201"])[..3]);
    }

    [Fact]
    public void Build_TextColumn_PrintsTheRowTextByKey()
    {
        var lines = BodyLayout.Build(TestTables.ExpenditureSummary());

        Assert.Equal(["", "", "", "118", "新乡市政务服务和大数据管理局"], Texts(lines[1])[..5]);
        Assert.Equal(string.Empty, lines[0].Cells[3].Text);
    }

    [Fact]
    public void TextOf_WholeCodeColumn_PrintsTheCode()
    {
        var row = new TableRow { Key = "f:2010301", Code = "2010301", Label = "行政运行", Cells = new Dictionary<string, decimal?>() };

        Assert.Equal("2010301", BodyLayout.TextOf(Leaf("科目编码", kind: ColumnKind.Code), row));
    }
}
