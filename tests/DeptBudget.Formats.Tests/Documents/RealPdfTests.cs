using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// The two published PDFs in shared/data/samples read without a crash: first-page title, tables and paragraphs found,
/// and an outline (block kind, page, first 40 characters, table size) kept as a golden file.
/// </summary>
public sealed class RealPdfTests
{
    [Theory]
    [InlineData("putuo-finance-bureau-2024-final-accounts.pdf", "上海市普陀区财政局", 9)]
    [InlineData("national-final-accounts-template-2024.pdf", "上海市XX局", 9)]
    public void PublishedPdf_ReadsTitleTablesAndParagraphs(string file, string title, int minTables)
    {
        var document = SourceDocuments.Read(RepoPaths.Shared("data", "samples", file));

        Assert.Equal(SourceFormat.Pdf, document.Format);
        Assert.Contains(title, document.Blocks.OfType<HeadingBlock>().First(h => h.Position.Page == 1).Text, StringComparison.Ordinal);
        Assert.True(document.Blocks.OfType<TableBlock>().Count() >= minTables, DocumentOutline.Of(document));
        Assert.True(document.Blocks.OfType<ParagraphBlock>().Count() >= 20, DocumentOutline.Of(document));
        Assert.All(document.Blocks, b => Assert.InRange(b.Position.Page ?? 0, 1, document.PageCount ?? 0));
        GoldenFile.Verify($"tests/DeptBudget.Formats.Tests/Documents/Golden/{Path.GetFileNameWithoutExtension(file)}.outline.txt", DocumentOutline.Of(document));
    }

    [Fact]
    public void PublishedPdf_TableGoesOnAcrossPagesAsOneTable()
    {
        var document = SourceDocuments.Read(RepoPaths.Shared("data", "samples", "putuo-finance-bureau-2024-final-accounts.pdf"));

        var summary = document.Blocks.OfType<TableBlock>().First(t => t.Rows[0].Cells[0] == "收入");
        Assert.Contains(summary.Rows, r => r.Cells.Contains("支出总计") || r.Cells.Any(c => c.Contains("总计", StringComparison.Ordinal)));
        Assert.True(summary.Rows.Select(r => r.Position.Page).Distinct().Count() >= 2, "the summary table spans two pages");
    }
}
