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

    /// <summary>A line ending less than this many body font sizes short of the margin ran to it.</summary>
    private const double MarginSlack = 2.5;

    private bool headingOpen;

    /// <summary>Whether the last paragraph added may go on in the next run (on the next page, or after a table).</summary>
    public bool ParagraphOpen { get; private set; }

    /// <param name="rightMargin">Where the page's running text ends: its longest text line.</param>
    public void Add(IReadOnlyList<PdfLine> lines, List<DocumentBlock> blocks, double rightMargin)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            var position = new SourcePosition(line.Number, line.Page);
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var full = line.Right >= rightMargin - Slack(line, next);
            // A line that runs to the margin into a line of the same size is the start of a paragraph, not a heading.
            var continues = full && !EndsSentence(text) && next is not null && Math.Abs(next.FontSize - line.FontSize) < 0.5;
            if (HeadingLevel(line, text, continues) is { } level)
            {
                // A title too long for one line goes on in the next line of the same size: one heading.
                if (headingOpen && blocks is [.., HeadingBlock title] && title.Level == level)
                {
                    blocks[^1] = title with { Text = TextJoin.Join([title.Text, text]) };
                }
                else
                {
                    blocks.Add(new HeadingBlock(text, level, position));
                }

                headingOpen = continues;
                ParagraphOpen = false;
                continue;
            }

            headingOpen = false;

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

    private int? HeadingLevel(PdfLine line, string text, bool continues)
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

        var shortLine = text.Length <= MaxHeadingLength && !EndsSentence(text) && !continues;
        return shortLine && (line.Bold || Numbered().IsMatch(text)) ? headingSizes.Count + 1 : null;
    }

    /// <summary>
    /// How far short of the margin a line may end and still have run to it: a number or Latin word too long for the
    /// rest of the line moves to the next line whole, leaving that much room.
    /// </summary>
    private double Slack(PdfLine line, PdfLine? next)
    {
        var word = next is null ? 0 : next.Text.TakeWhile(c => c < 0x2E80 && !char.IsWhiteSpace(c)).Count();
        return Math.Max(MarginSlack * bodySize, (word * 0.6 * line.FontSize) + (0.5 * bodySize));
    }

    private static bool EndsSentence(string text) => text.Length > 0 && "。！？.!?".Contains(text[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")]
    private static partial Regex Numbered();
}
