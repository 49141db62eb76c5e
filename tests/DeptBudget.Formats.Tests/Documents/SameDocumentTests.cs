using System.Diagnostics;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>Seed 002 as its text, as .docx and as PDF (made by LibreOffice) reads as the same tables and text.</summary>
public sealed class SameDocumentTests(SeedFormats formats) : IClassFixture<SeedFormats>
{
    [Fact]
    public void Docx_GivesTheSeedsTablesAndText()
    {
        var document = SourceDocuments.Read(formats.DocxPath);

        Assert.Equal(SourceFormat.Docx, document.Format);
        AssertSameParts(DocumentOutline.Comparable(formats.Seed), DocumentOutline.Comparable(document));
    }

    [Fact]
    public void Pdf_GivesTheSeedsTablesAndText()
    {
        var document = SourceDocuments.Read(formats.PdfPath);

        Assert.Equal(SourceFormat.Pdf, document.Format);
        Assert.All(document.Blocks, b => Assert.NotNull(b.Position.Page));
        AssertSameParts(DocumentOutline.Comparable(formats.Seed), DocumentOutline.Comparable(document));
    }

    /// <summary>Every paragraph of the seed that the PDF broke over lines (or pages) is one paragraph block again.</summary>
    [Theory]
    [InlineData(SourceFormat.Docx)]
    [InlineData(SourceFormat.Pdf)]
    public void BrokenLines_AreJoinedIntoTheSeedsParagraphs(SourceFormat format)
    {
        var document = SourceDocuments.Read(format == SourceFormat.Pdf ? formats.PdfPath : formats.DocxPath);

        // A short numbered line (一、主要职责) may read as a heading, as the text reader reads it.
        var blocks = document.Blocks.Select(b => b switch { ParagraphBlock p => p.Text, HeadingBlock h => h.Text, _ => string.Empty })
            .Select(DocumentOutline.Normalise)
            .ToList();
        var missing = formats.Seed.Parts.Where(p => p is { Level: 0, Rows: null })
            .Select(p => DocumentOutline.Normalise(p.Text!))
            .Where(p => !blocks.Any(b => b.Contains(p, StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "not one paragraph block:\n" + string.Join("\n", missing));
    }

    /// <summary>The test PDF itself is sound: poppler, a reader independent of ours, gets the exact Chinese text from it.</summary>
    [Fact]
    public void Pdf_TextLayerIsExactForAnIndependentReader()
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-enc", "UTF-8", formats.PdfPath, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext (Debian poppler-utils) could not be started.");
        var text = DocumentOutline.Normalise(process.StandardOutput.ReadToEnd());
        process.WaitForExit();

        Assert.Contains("新乡市政务服务和大数据管理局2022年收入总计1352.27万元", text, StringComparison.Ordinal);
        Assert.Contains("部门预算项目绩效目标汇总表", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_ReadsHeadingStylesAsHeadings()
    {
        var document = SourceDocuments.Read(formats.DocxPath);

        var heading = Assert.Single(document.Blocks.OfType<HeadingBlock>(), h => h.Text == "新乡市政务服务和大数据管理局 2022 年部门预算情况说明");
        Assert.Equal(1, heading.Level);
        Assert.Contains(document.Blocks.OfType<HeadingBlock>(), h => h.Text == "一、主要职责" && h.Level == 3);
    }

    private static void AssertSameParts(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var differences = Enumerable.Range(0, Math.Min(expected.Count, actual.Count))
            .Where(i => expected[i] != actual[i])
            .Select(i => $"part {i}:\n  expected: {expected[i]}\n  actual:   {actual[i]}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(expected.Count, actual.Count);
    }
}
