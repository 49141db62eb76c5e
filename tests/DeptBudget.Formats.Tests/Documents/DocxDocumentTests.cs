using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>A Word document built here with the parts Word and WPS write: Chinese heading styles, outline levels, merged cells.</summary>
public sealed class DocxDocumentTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-docx-document-");

    [Fact]
    public void HeadingStyles_OutlineLevels_AndBoldTitles_AreHeadings()
    {
        var document = Read(
            Paragraph("第一部分 概况", style: "2"),
            Paragraph("一、主要职责", outlineLevel: 2),
            Paragraph("2022年部门收支预算表", bold: true),
            Paragraph("新乡市政务服务和大数据管理局 2022 年收入总计 １，３５２．２７ 万元。"));

        Assert.Collection(
            document.Blocks,
            b => Assert.Equal(new HeadingBlock("第一部分 概况", 2, new SourcePosition(1)), b),
            b => Assert.Equal(new HeadingBlock("一、主要职责", 3, new SourcePosition(2)), b),
            b => Assert.Equal(new HeadingBlock("2022年部门收支预算表", 1, new SourcePosition(3)), b),
            b => Assert.Equal("新乡市政务服务和大数据管理局 2022 年收入总计 １，３５２．２７ 万元。", Assert.IsType<ParagraphBlock>(b).Text));
    }

    [Fact]
    public void MergedCells_KeepTheirTextInTheFirstCell_AndEmptyStringsInTheOthers()
    {
        var table = new Table(
            Row(Cell("收入", span: 2), Cell("支出", span: 2)),
            Row(Cell("项目"), Cell("金额"), Cell("项目", merge: MergedCellValues.Restart), Cell("金额")),
            Row(Cell("一、一般公共预算"), Cell("1,352.27"), Cell(string.Empty, merge: MergedCellValues.Continue), Cell("1,193.81")));

        var document = Read(table);

        var block = Assert.IsType<TableBlock>(Assert.Single(document.Blocks));
        Assert.Equal(["收入", "", "支出", ""], block.Rows[0].Cells);
        Assert.Equal(["项目", "金额", "项目", "金额"], block.Rows[1].Cells);
        Assert.Equal(["一、一般公共预算", "1,352.27", "", "1,193.81"], block.Rows[2].Cells);
        Assert.Equal(3, block.Rows[2].Position.Line);
    }

    [Fact]
    public void RenderedPageBreaks_GivePages()
    {
        var second = Paragraph("第二页的段落。");
        second.GetFirstChild<Run>()!.PrependChild(new LastRenderedPageBreak());

        var document = Read(Paragraph("第一页的段落。"), second);

        Assert.Equal([1, 2], document.Blocks.Select(b => b.Position.Page ?? 0));
        Assert.Equal(2, document.PageCount);
    }

    [Fact]
    public void ALabelWrappedInItsCell_ByALineBreakOrAsTwoParagraphs_IsOneCell()
    {
        var broken = new TableCell(new Paragraph(new Run(new Text("机关事业单位基本养老保险"), new Break(), new Text("缴费支出"))));
        var paragraphs = new TableCell(new Paragraph(new Run(new Text("其他社会保障和"))), new Paragraph(new Run(new Text("就业支出"))));

        var document = Read(new Table(Row(Cell("2080505"), broken), Row(Cell("2089999"), paragraphs)));

        var table = Assert.IsType<TableBlock>(Assert.Single(document.Blocks));
        Assert.Equal(["机关事业单位基本养老保险缴费支出", "其他社会保障和就业支出"], table.Rows.Select(r => r.Cells[1]));
    }

    [Fact]
    public void ATableGoingOnAfterAPageBreakAndAContinuationLine_IsOneTable_WithoutItsRepeatedHeader()
    {
        var pageBreak = new Paragraph(new Run(new Break { Type = BreakValues.Page }));

        var document = Read(
            new Table(Row(Cell("科目编码"), Cell("合计")), Row(Cell("2010301"), Cell("300.00"))),
            pageBreak,
            Paragraph("续表"),
            new Table(Row(Cell("科目编码"), Cell("合计")), Row(Cell("2010302"), Cell("100.00"))));

        var table = Assert.IsType<TableBlock>(Assert.Single(document.Blocks));
        Assert.Equal(["科目编码", "2010301", "2010302"], table.Rows.Select(r => r.Cells[0]));
    }

    public void Dispose() => directory.Delete(recursive: true);

    private SourceDocument Read(params OpenXmlElement[] body)
    {
        var path = Path.Combine(directory.FullName, $"{Guid.NewGuid():N}.docx");
        using (var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "标题 2" }) { StyleId = "2", Type = StyleValues.Paragraph });
        }

        return SourceDocuments.Read(path);
    }

    private static Paragraph Paragraph(string text, string? style = null, int? outlineLevel = null, bool bold = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (outlineLevel is { } level)
        {
            properties.OutlineLevel = new OutlineLevel { Val = level };
        }

        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }

        return new Paragraph(properties, run);
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (merge is { } value)
        {
            properties.VerticalMerge = new VerticalMerge { Val = value };
        }

        return new TableCell(properties, new Paragraph(new Run(new Text(text))));
    }
}
