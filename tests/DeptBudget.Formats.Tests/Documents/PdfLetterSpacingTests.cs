using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// Justified Chinese text in a PDF is spread out letter by letter; the reader gives the sentence back without the gaps,
/// so the narrative reader finds its figures, while Latin words and numbers keep their spaces.
/// </summary>
public sealed class PdfLetterSpacingTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-spacing-");

    [Fact]
    public void SpreadOutChinese_IsReadWithoutSpaces_LatinWordsKeepTheirs()
    {
        const string Spread = "<span style=\"letter-spacing: 6pt\">";
        var html = Path.Combine(directory.FullName, "spread.html");
        File.WriteAllText(html, $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <p>{Spread}公务接待费</span>1.87{Spread}万元，比</span>2021{Spread}年减少</span>5.34{Spread}万元，下降</span>74.06%。</p>
            <p>Word Excel 2021 12.5</p>
            </body></html>
            """);
        var pdf = LibreOffice.Convert(html, "pdf", Path.Combine(directory.FullName, "pdf"), TimeSpan.FromMinutes(2), LibreOffice.HtmlAsWriter).Single();

        var paragraphs = SourceDocuments.Read(pdf).Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

        Assert.Contains("公务接待费1.87万元，比2021年减少5.34万元，下降74.06%。", paragraphs);
        Assert.Contains("Word Excel 2021 12.5", paragraphs);
    }

    public void Dispose() => directory.Delete(recursive: true);
}
