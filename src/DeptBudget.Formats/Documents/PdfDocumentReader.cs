using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// Reads a PDF's text layer into blocks: letters → lines by baseline → tables (aligned cells, ruling lines) and
/// running text (headings, paragraphs joined across line and page breaks). Every position carries its page. A page
/// with no text (a scan) is a problem; a document with no text at all, an encrypted one or one of more than
/// <see cref="DocumentLimits.MaxPages"/> pages is refused.
/// </summary>
public static class PdfDocumentReader
{
    public static SourceDocument Read(string path, string fileName)
    {
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages > DocumentLimits.MaxPages)
            {
                throw new InputException(
                    $"{fileName}：PDF 有 {pdf.NumberOfPages} 页，超过上限 {DocumentLimits.MaxPages} 页，不像是一份预算公开文档。请把文档拆分后分别检查。");
            }

            return Read(pdf, fileName);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new InputException($"{fileName}：文件已加密，请提供未加密的版本。", ex);
        }
        catch (Exception ex) when (ex is not InputException and not OutOfMemoryException)
        {
            throw new InputException($"{fileName}：PDF 已损坏或格式不受支持，无法读取（{ex.Message}）。请用 PDF 阅读器打开确认，或另存/重新导出 PDF 后再检查。", ex);
        }
    }

    private static SourceDocument Read(PdfDocument pdf, string fileName)
    {
        var problems = new List<SourceProblem>();
        var pages = new List<(IReadOnlyList<PdfLine> Lines, PdfRulings Rulings)>();
        foreach (var page in pdf.GetPages())
        {
            var rulings = PdfRulings.Of(page);
            var lines = PdfLineBuilder.Build(page, rulings);
            if (lines.Count == 0)
            {
                problems.Add(new SourceProblem($"{fileName}：第 {page.Number} 页没有文字层（可能是扫描件），无法读取。", new SourcePosition(1, page.Number)));
            }

            pages.Add((lines, rulings));
        }

        if (pages.All(p => p.Lines.Count == 0))
        {
            throw new InputException(
                $"{fileName}：PDF 的 {pages.Count} 页都没有文字层（可能是扫描件），无法读取。请提供由 Word/WPS 导出的 PDF 或原始的 .docx/.xlsx 文件。");
        }

        // The body size is that of running text: tables are often set smaller and would otherwise make every
        // paragraph look like a heading.
        var layouts = pages.Select(p => PdfPageLayout.Split(p.Lines, p.Rulings)).ToList();
        var textLines = layouts.SelectMany(runs => runs.Where(r => !r.IsTable).SelectMany(r => r.Lines)).ToList();
        var sizeLines = textLines.Count > 0 ? textLines : pages.SelectMany(p => p.Lines).ToList();
        var bodySize = sizeLines.GroupBy(l => l.FontSize).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var headingSizes = sizeLines.Select(l => l.FontSize).Where(s => s > bodySize * 1.1).Distinct().OrderDescending().ToList();
        var text = new PdfTextBlocks(bodySize, headingSizes);

        // A page of short lines (contents, a cover) does not reach the margin: the usual page's margin stands in.
        var pageMargins = layouts.Select(runs => runs.Where(r => !r.IsTable).SelectMany(r => r.Lines).Select(l => l.Right).DefaultIfEmpty(0).Max())
            .Where(m => m > 0).Order().ToList();
        var usualMargin = pageMargins.Count > 0 ? pageMargins[pageMargins.Count / 2] : 0;
        var blocks = new List<DocumentBlock>();
        for (var p = 0; p < pages.Count; p++)
        {
            var firstOnPage = true;
            var runs = layouts[p];
            var pageText = runs.Where(r => !r.IsTable).SelectMany(r => r.Lines).ToList();
            var rightMargin = Math.Max(pageText.Count > 0 ? pageText.Max(l => l.Right) : 0, usualMargin);
            foreach (var run in runs)
            {
                if (run.IsTable)
                {
                    var table = PdfTableBuilder.Build(run.Lines, pages[p].Rulings);
                    if (!(firstOnPage && ContinuedTable.TryAppend(blocks, table)))
                    {
                        blocks.Add(table);
                    }

                    text.Close();
                }
                else if (firstOnPage && blocks is [.., TableBlock] && run.Lines.All(l => TableContinuation.IsMarker(l.Text)))
                {
                    // 续表 above the rest of the table that ended the page before: the table still goes on here.
                    continue;
                }
                else
                {
                    text.Add(run.Lines, blocks, rightMargin);
                }

                firstOnPage = false;
            }
        }

        return new SourceDocument
        {
            FileName = fileName,
            Format = SourceFormat.Pdf,
            Blocks = [.. blocks.Select(b => b is TableBlock t ? PdfTableBuilder.WithoutEmptyColumns(t) : b)],
            Problems = problems,
            PageCount = pages.Count,
        };
    }
}
