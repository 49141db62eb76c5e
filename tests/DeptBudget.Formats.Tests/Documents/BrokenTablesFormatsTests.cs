using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>BrokenTablesDocument as .docx and PDF, made once by LibreOffice from its HTML.</summary>
public sealed class BrokenTablesFormats : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-broken-tables-");

    public BrokenTablesFormats()
    {
        var html = Path.Combine(directory.FullName, "broken.html");
        File.WriteAllText(html, BrokenTablesDocument.Html());
        DocxPath = LibreOffice.Convert(html, "docx", Path.Combine(directory.FullName, "docx"), inputFilter: LibreOffice.HtmlAsWriter).Single();
        PdfPath = LibreOffice.Convert(html, "pdf", Path.Combine(directory.FullName, "pdf"), inputFilter: LibreOffice.HtmlAsWriter).Single();
    }

    public string DocxPath { get; }

    public string PdfPath { get; }

    public void Dispose() => directory.Delete(recursive: true);
}

/// <summary>
/// The awkward tables as Word and PDF files: the PDF wraps the long labels over lines without rulings and runs 预算03表
/// onto a second page under its header printed again; both read into the same rows, cell for cell, as the text, and
/// the three formats give the same findings.
/// </summary>
public sealed class BrokenTablesFormatsTests(BrokenTablesFormats formats) : IClassFixture<BrokenTablesFormats>
{
    [Theory]
    [InlineData("pdf", "general-budget-expenditure")]
    [InlineData("pdf", "expenditure-summary")]
    [InlineData("pdf", "general-budget-basic")]
    [InlineData("docx", "general-budget-expenditure")]
    [InlineData("docx", "expenditure-summary")]
    [InlineData("docx", "general-budget-basic")]
    public void EachTable_IsReadIntoItsRows_CellForCell(string format, string table)
    {
        var result = BrokenTablesTests.Check(SourceDocuments.Read(format == "pdf" ? formats.PdfPath : formats.DocxPath));

        BrokenTablesTests.AssertAsPrinted(result, table);
        Assert.DoesNotContain(result.Recognized.Problems, p => p.TableId == table);
    }

    [Fact]
    public void Pdf_PrintsTheLabelsWrapped_AndTheExpenditureTableOnTwoPages()
    {
        var source = SourceDocuments.Read(formats.PdfPath);
        var tables = source.Blocks.OfType<TableBlock>().ToList();

        // 预算05表's labels wrapped at the top of their cells are printed lines of their own.
        Assert.Contains(tables[0].Rows, r => r.Cells.Count(c => c.Length > 0) == 1 && r.Cells.Contains("和就业支出"));
        Assert.Contains(tables[1].Rows, r => r.Position.Page == 2 && r.Cells.Contains("2080505"));
        Assert.Contains(tables[1].Rows, r => r.Position.Page == 1 && r.Cells.Contains("2010301"));
    }

    [Fact]
    public void TextDocxAndPdf_GiveTheSameFindings()
    {
        var text = Findings(BrokenTablesTests.Check(BrokenTablesDocument.Text()));

        Assert.Contains("narrative-amount|Error|", string.Join('\n', text), StringComparison.Ordinal);
        Assert.Equal(text, Findings(BrokenTablesTests.Check(SourceDocuments.Read(formats.DocxPath))));
        Assert.Equal(text, Findings(BrokenTablesTests.Check(SourceDocuments.Read(formats.PdfPath))));
    }

    private static List<string> Findings(DocumentCheckResult result) =>
        [.. result.Findings.Select(f => string.Join('|', f.RuleId, f.Severity, f.Location.TableId, f.Location.RowKey, f.Location.ColumnKey, f.Stated, f.Expected))
            .Order(StringComparer.Ordinal)];
}
