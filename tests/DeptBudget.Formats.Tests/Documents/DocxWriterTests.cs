using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Tests.Documents;

public class DocxWriterTests
{
    private static byte[] Docx(string sample)
    {
        using var stream = new MemoryStream();
        DocumentDocx.Write(SampleDocuments.Build(sample), stream);
        return stream.ToArray();
    }

    [Fact]
    public void Docx_HasHeadingStylesInGovernmentFonts_A4PagesAndPageNumbers()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Docx(SampleDocuments.Xinxiang)), false);
        var main = word.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("黑体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", styles["Heading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", styles["Heading3"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("方正小标宋简体", styles["Title"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Contains(main.FontTablePart!.Fonts!.Elements<Font>(), f => f.Name == "仿宋_GB2312" && f.AltName!.Val == "仿宋");
        var sections = main.Document!.Descendants<SectionProperties>().ToList();
        Assert.Equal([11906u, 16838u], sections.Select(s => s.GetFirstChild<PageSize>()!.Width!.Value).Order());
        Assert.Contains(" PAGE ", main.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
        Assert.Contains(main.Document.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o \"1-2\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SampleDocuments.Xinxiang)]
    [InlineData(SampleDocuments.Hubei)]
    public void Docx_IsValidOfficeOpenXml(string sample)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Docx(sample)), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(word).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Docx_TablesHaveMergedHeadersThatRepeatOnEveryPage()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Docx(SampleDocuments.Xinxiang)), false);
        var tables = word.MainDocumentPart!.Document!.Descendants<Table>().ToList();

        Assert.Equal(10 + PerformancePartTests.FormTables(SampleDocuments.Build(SampleDocuments.Xinxiang)), tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        var expenditure = tables[2];
        var headerRows = expenditure.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();
        Assert.Equal(3, headerRows.Count);
        Assert.Contains(expenditure.Descendants<GridSpan>(), g => g.Val! > 1);
        Assert.Contains(expenditure.Descendants<VerticalMerge>(), v => v.Val?.Value == MergedCellValues.Restart);
        Assert.Contains(expenditure.Descendants<TableCell>(), c => c.InnerText == "1,352.27");
        var columns = expenditure.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
        Assert.All(headerRows, r => Assert.Equal(columns, r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
    }

    [Fact]
    public void Docx_ConvertedByLibreOffice_ReadsBackWithSeed002sFigures()
    {
        var folder = Directory.CreateTempSubdirectory("deptbudget-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, "xinxiang.docx");
            File.WriteAllBytes(docx, Docx(SampleDocuments.Xinxiang));

            var pdf = Assert.Single(LibreOffice.Convert(docx, "pdf", folder.FullName));

            var text = Poppler.Compact(Poppler.Text(pdf));
            Assert.Contains("新乡市政务服务和大数据管理局2022年收入总计1352.27万元", text, StringComparison.Ordinal);
            Assert.Contains("基本支出953.86万元，占70.54%", text, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
