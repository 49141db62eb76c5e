using DeptBudget.Formats.Tables;
using static DeptBudget.Formats.Tests.Tables.TableBuilder;

namespace DeptBudget.Formats.Tests.Tables;

public class HeaderLayoutTests
{
    private static HeaderLayout ExpenditureHeader() => HeaderLayout.Build(TestTables.ExpenditureSummary().Columns);

    private static HeaderCell Cell(HeaderLayout layout, string label, int row) =>
        layout.Cells.Single(c => c.Column.Label == label && c.Row == row);

    [Fact]
    public void Build_ThreeLevelTree_HasThreeHeaderRowsAndOneColumnPerLeaf()
    {
        var layout = ExpenditureHeader();

        Assert.Equal(3, layout.RowCount);
        Assert.Equal(14, layout.ColumnCount);
        Assert.Equal(["类", "款", "项", "单位代码", "单位(科目名称)", "合计", "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "小计", "其他运转类", "特定目标类"], layout.Leaves.Select(c => c.Label));
    }

    [Theory]
    [InlineData("科目编码", 0, 0, 1, 3)]
    [InlineData("类", 1, 0, 2, 1)]
    [InlineData("项", 1, 2, 2, 1)]
    [InlineData("单位代码", 0, 3, 3, 1)]
    [InlineData("合计", 0, 5, 3, 1)]
    [InlineData("基本支出", 0, 6, 1, 5)]
    [InlineData("人员经费", 1, 7, 1, 2)]
    [InlineData("公用经费", 1, 9, 1, 2)]
    [InlineData("工资福利支出", 2, 7, 1, 1)]
    [InlineData("资本性支出", 2, 10, 1, 1)]
    [InlineData("项目支出", 0, 11, 1, 3)]
    [InlineData("特定目标类", 1, 13, 2, 1)]
    public void Build_GroupSpansItsLeaves_LeafSpansDownToTheLastHeaderRow(string label, int row, int col, int rowSpan, int colSpan)
    {
        var cell = Cell(ExpenditureHeader(), label, row);

        Assert.Equal((col, rowSpan, colSpan), (cell.Col, cell.RowSpan, cell.ColSpan));
    }

    [Fact]
    public void Build_SameLabelInTwoGroups_GivesTwoCells()
    {
        var subtotals = ExpenditureHeader().Cells.Where(c => c.Column.Label == "小计").ToList();

        Assert.Equal([(1, 6, 2), (1, 11, 2)], subtotals.Select(c => (c.Row, c.Col, c.RowSpan)));
    }

    [Fact]
    public void Cells_AreOrderedByRowThenColumn_AndCoverTheGridExactlyOnce()
    {
        var layout = ExpenditureHeader();
        var covered = new int[layout.RowCount, layout.ColumnCount];
        foreach (var cell in layout.Cells)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++)
                {
                    covered[r, c]++;
                }
            }
        }

        Assert.All(covered.Cast<int>(), count => Assert.Equal(1, count));
        Assert.Equal(layout.Cells.OrderBy(c => c.Row).ThenBy(c => c.Col), layout.Cells);
    }

    [Fact]
    public void TextGrid_WritesMergedCellsOnceInTheirFirstPosition()
    {
        var grid = ExpenditureHeader().TextGrid();

        Assert.Equal(["科目编码", "", "", "单位代码", "单位(科目名称)", "合计", "基本支出", "", "", "", "", "项目支出", "", ""], grid[0]);
        Assert.Equal(["类", "款", "项", "", "", "", "小计", "人员经费", "", "公用经费", "", "小计", "其他运转类", "特定目标类"], grid[1]);
        Assert.Equal(["", "", "", "", "", "", "", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "", "", ""], grid[2]);
    }

    [Fact]
    public void LeafPaths_JoinTheLabelsFromTheTopGroupDown()
    {
        var paths = ExpenditureHeader().LeafPaths();

        Assert.Equal("科目编码/类", paths[0]);
        Assert.Equal("合计", paths[5]);
        Assert.Equal("基本支出/小计", paths[6]);
        Assert.Equal("基本支出/人员经费/工资福利支出", paths[7]);
        Assert.Equal("项目支出/特定目标类", paths[13]);
    }

    [Fact]
    public void Build_FlatColumns_GivesOneHeaderRow()
    {
        var layout = HeaderLayout.Build([Leaf("项目", kind: Core.Tables.ColumnKind.Label), Leaf("金额", "amount")]);

        Assert.Equal(1, layout.RowCount);
        Assert.All(layout.Cells, c => Assert.False(c.IsMerged));
    }

    [Fact]
    public void Build_NoColumns_GivesAnEmptyHeader()
    {
        var layout = HeaderLayout.Build([]);

        Assert.Equal((0, 0), (layout.RowCount, layout.ColumnCount));
        Assert.Empty(layout.TextGrid());
    }
}
