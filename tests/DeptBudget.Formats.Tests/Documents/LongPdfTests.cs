using System.Globalization;
using System.Text;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// A 200-page PDF (made by LibreOffice from generated HTML: on every page a heading, a paragraph and a 25-row table)
/// is read whole, each page's table found with its page. How long documents take is measured by the bench
/// (docs/PERFORMANCE.md, "Auditing documents").
/// </summary>
public sealed class LongPdfTests : IDisposable
{
    private const int Pages = 200;
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-long-pdf-");

    [Fact]
    public void TwoHundredPages_AreReadWithEveryTableOnItsPage()
    {
        var html = Path.Combine(directory.FullName, "long.html");
        File.WriteAllText(html, Html());
        var pdf = LibreOffice.Convert(html, "pdf", Path.Combine(directory.FullName, "pdf"), TimeSpan.FromMinutes(5), LibreOffice.HtmlAsWriter).Single();

        var document = SourceDocuments.Read(pdf);

        Assert.True(document.PageCount >= Pages, $"{document.PageCount} pages");
        var tables = document.Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(Pages, tables.Count);
        Assert.All(tables, t => Assert.Equal(25, t.Rows.Count));
        Assert.Equal(Enumerable.Range(1, Pages), tables.Select(t => t.Position.Page ?? 0));
    }

    public void Dispose() => directory.Delete(recursive: true);

    private static string Html()
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
        for (var page = 1; page <= Pages; page++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"page-break-before: always\">第{page}节 单位预算表</h2>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>本节列出第 {page} 个单位的支出预算，单位：万元。</p>\n");
            html.Append("<table border=\"1\" cellspacing=\"0\">\n<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>\n");
            for (var row = 1; row < 25; row++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>2010{row:D3}</td><td>支出项目{row}</td><td>{page * row}.50</td><td>{page}.25</td><td>{row}.25</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }
}
