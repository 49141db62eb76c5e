using DeptBudget.Core.Documents;
using DeptBudget.Core.Documents.Recognition;

namespace DeptBudget.Core.Tests.Documents;

/// <summary>
/// Printed rows made whole before they are keyed, on a table of 编码 | 名称 | 合计 | 基本支出: what is joined, and what is
/// left as printed because joining it would be a guess.
/// </summary>
public class RowJoinerTests
{
    private static readonly TableBlockRow Header = Row("编码", "名称", "合计", "基本支出");

    private static readonly HashSet<string> Names = ["机关事业单位基本养老保险缴费支出", "一般行政管理事务"];

    [Fact]
    public void PiecesAroundARowPrintedWithoutLabel_AreItsLabel()
    {
        var rows = Join(Row("", "一般行政", "", ""), Row("9", "", "1.00", ""), Row("", "事务", "", ""));

        Assert.Equal(["9", "一般行政事务", "1.00", ""], Assert.Single(rows).Cells);
    }

    [Fact]
    public void PiecesThatMakeTheRowsKnownName_AreJoined_AboveAndBelow()
    {
        var rows = Join(Row("", "机关事业单位", "", ""), Row("2080505", "基本养老保险", "60.00", "60.00"), Row("", "缴费支出", "", ""));

        Assert.Equal("机关事业单位基本养老保险缴费支出", Assert.Single(rows).Cells[1]);
    }

    [Theory]
    [InlineData("信息化建设和", "运维项目", "信息化建设和运维项目")]
    [InlineData("专项经费（含", "培训）", "专项经费（含培训）")]
    [InlineData("办公设备购置、", "维修", "办公设备购置、维修")]
    [InlineData("专项经费（含培训", "）", "专项经费（含培训）")]
    public void APieceBelowACutOffLabel_IsJoined(string label, string piece, string joined)
    {
        var rows = Join(Row("P1", label, "5.00", ""), Row("", piece, "", ""));

        Assert.Equal(joined, Assert.Single(rows).Cells[1]);
    }

    [Fact]
    public void APieceThatCompletesNothing_StaysARowOfItsOwn()
    {
        var rows = Join(Row("P1", "市民中心运维", "5.00", ""), Row("", "另见附注", "", ""), Row("P2", "机房维护", "3.00", ""));

        Assert.Equal(["市民中心运维", "另见附注", "机房维护"], rows.Select(r => r.Cells[1]));
    }

    [Fact]
    public void ARowPrintedAgainWithTheRestOfItsFigures_IsOneRow_AndTheRepeatedHeaderIsDropped()
    {
        var rows = Join(Row("P1", "市民中心运维", "5.00", ""), Header, Row("P1", "市民中心运维", "", "5.00"), Row("P2", "机房维护", "3.00", "3.00"));

        Assert.Equal([["P1", "市民中心运维", "5.00", "5.00"], ["P2", "机房维护", "3.00", "3.00"]], rows.Select(r => r.Cells.ToArray()));
    }

    [Fact]
    public void ARowPrintedTwiceWithFiguresInTheSameCells_IsKeptTwice()
    {
        var rows = Join(Row("P1", "市民中心运维", "5.00", ""), Row("P1", "市民中心运维", "5.00", ""));

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void TwoSidedTables_JoinNoPieces()
    {
        var rows = new RowJoiner(new PrintedColumns(1, [0, 1], [2, 3]), (_, _) => false, joinWrapped: false)
            .Join([Header], [Row("", "一般行政", "", ""), Row("9", "", "1.00", "")]);

        Assert.Equal(2, rows.Count);
    }

    private static List<TableBlockRow> Join(params TableBlockRow[] body) =>
        new RowJoiner(new PrintedColumns(1, [0, 1], [2, 3]), (_, text) => Names.Contains(text), joinWrapped: true).Join([Header], body);

    private static TableBlockRow Row(params string[] cells) => new(cells, new SourcePosition(1));
}
