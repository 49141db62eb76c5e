using System.Text.RegularExpressions;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Tests.Tables;

public partial class TablesHtmlTests
{
    [Fact]
    public void Write_IsASelfContainedChinesePage()
    {
        var html = TablesHtml.Write(TestTables.All);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "<table>"));
    }

    [Fact]
    public void Write_CaptionHoldsNumberTitleSubtitleAndUnit()
    {
        var html = TablesHtml.Write([TestTables.Procurement()]);

        Assert.Contains(
            "<caption><span class=\"number\">附表4-12</span><span class=\"title\">2023年政府采购预算表</span>" +
            "<span class=\"subtitle\">部门名称：示例区数据局（及二级单位汇总）</span><span class=\"unit\">单位：元</span></caption>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HeaderUsesSpansOfTheHeaderLayout()
    {
        var html = TablesHtml.Write([TestTables.ExpenditureSummary()]);

        Assert.Contains("<tr><th scope=\"col\" colspan=\"3\">科目编码</th><th scope=\"col\" rowspan=\"3\">单位代码</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" colspan=\"5\">基本支出</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" rowspan=\"2\">类</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" colspan=\"2\">人员经费</th>", html, StringComparison.Ordinal);
        Assert.Equal(HeaderLayout.Build(TestTables.ExpenditureSummary().Columns).Cells.Count, Regex.Count(html, "<th scope=\"col\""));
    }

    [Fact]
    public void Write_BodyRows_HaveRowHeadersAndRightAlignedNumbers()
    {
        var html = TablesHtml.Write([TestTables.ExpenditureSummary()]);

        Assert.Contains(
            "<tr><td class=\"code\">201</td><td class=\"code\">03</td><td class=\"code\">01</td><td></td><th scope=\"row\" class=\"l3\">行政运行</th><td class=\"num\">368.80</td>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><td class=\"code\"></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1,280.22</td>", html, StringComparison.Ordinal);
        Assert.Contains("td.num { text-align: right;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryBodyRowHasOneCellPerColumn()
    {
        foreach (var table in TestTables.All)
        {
            var html = TablesHtml.Write([table]);
            var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
            var columns = HeaderLayout.Build(table.Columns).ColumnCount;

            Assert.All(RowPattern().Matches(body), row => Assert.Equal(columns, CellPattern().Count(row.Value)));
        }
    }

    [Fact]
    public void Write_EscapesMarkupInTexts_AndPrintsNotesUnderTheTable()
    {
        var table = TestTables.EmptyGovernmentFund() with { Notes = ["注：<b>A & B</b>"] };

        var html = TablesHtml.Write([table]);

        Assert.Contains("</table>\n<p class=\"note\">注：&lt;b&gt;A &amp; B&lt;/b&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PrintStyle_PutsEachTableOnItsOwnPageAndRepeatsTheHeader()
    {
        var html = TablesHtml.Write(TestTables.All);

        Assert.Contains("section.budget-table { break-after: page;", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"budget-table wide\" id=\"expenditure-summary\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr[^>]*>.*?</tr>")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[dh][ >]")]
    private static partial Regex CellPattern();
}
