using System.Text.RegularExpressions;
using DeptBudget.Core.Documents;

namespace DeptBudget.Formats.Documents.Pdf;

/// <summary>
/// Running text lines as headings and paragraphs. A heading is a line in a font larger than the body's, a short bold
/// line, or a short numbered line (一、…, （一）…, 第一部分); its level is the rank of its font size. A line joins the
/// paragraph before it when that one ran to the right margin without ending a sentence.
/// </summary>
internal sealed partial class PdfTextBlocks(double bodySize, IReadOnlyList<double> headingSizes)
{
    private const int MaxHeadingLength = 40;

    /// <summary>Whether the last paragraph added may go on in the next run (on the next page, or after a table).</summary>
    public bool ParagraphOpen { get; private set; }

    /// <param name="rightMargin">Where the page's running text ends: its longest text line.</param>
    public void Add(IReadOnlyList<PdfLine> lines, List<DocumentBlock> blocks, double rightMargin)
    {
        foreach (var line in lines)
        {
            var text = line.Text;
            var position = new SourcePosition(line.Number, line.Page);
            var full = line.Right >= rightMargin - (1.5 * line.FontSize);
            if (HeadingLevel(line, text, full) is { } level)
            {
                blocks.Add(new HeadingBlock(text, level, position));
                ParagraphOpen = false;
                continue;
            }

            if (ParagraphOpen && blocks is [.., ParagraphBlock previous])
            {
                blocks[^1] = previous with { Text = TextJoin.Join([previous.Text, text]) };
            }
            else
            {
                blocks.Add(new ParagraphBlock(text, position));
            }

            ParagraphOpen = full && !EndsSentence(text);
        }
    }

    /// <summary>After a table, a paragraph does not go on.</summary>
    public void Close() => ParagraphOpen = false;

    private int? HeadingLevel(PdfLine line, string text, bool fullLine)
    {
        if (text.Length > MaxHeadingLength * 2)
        {
            return null;
        }

        var larger = headingSizes.Count(s => s >= line.FontSize - 0.05);
        if (line.FontSize > bodySize * 1.1)
        {
            return Math.Max(1, larger);
        }

        var shortLine = text.Length <= MaxHeadingLength && !EndsSentence(text) && !fullLine;
        return shortLine && (line.Bold || Numbered().IsMatch(text)) ? headingSizes.Count + 1 : null;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && "。！？：.!?:".Contains(text[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")]
    private static partial Regex Numbered();
}
