using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Documents;

/// <summary>
/// Reads a text rendering of a document (as in the seeds, or what a copy from Word, a PDF viewer or Excel gives) into
/// blocks: tab-separated lines are table rows, <c>#</c> / <c>**…**</c> / short numbered lines are headings, blank lines
/// split paragraphs, and a line a copy broke inside a sentence is joined to the next.
/// </summary>
public static class TextDocumentParser
{
    /// <summary>A paragraph at least this long that stops without closing punctuation continues after a blank line.</summary>
    private const int BrokenParagraphLength = 30;

    /// <summary>A line without tabs this short between two table rows is a cell's text a copy broke onto its own line.</summary>
    private const int WrappedCellLength = 30;

    public static SourceDocument Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<DocumentBlock>();
        var table = new List<TableBlockRow>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        var blankSinceTable = false;

        void EndTable()
        {
            if (table.Count > 0)
            {
                blocks.Add(new TableBlock([.. table], table[0].Position));
                table.Clear();
            }
        }

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new ParagraphBlock(string.Concat(paragraph), new SourcePosition(paragraphLine)));
                paragraph.Clear();
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                // A table split by blank lines only (a page break in a copy) stays one table.
                if (table.Count == 0 && paragraph.Count == 0 && blankSinceTable && blocks is [.., TableBlock previous])
                {
                    blocks.RemoveAt(blocks.Count - 1);
                    table.AddRange(previous.Rows);
                }

                EndParagraph();
                table.Add(new TableBlockRow(line.Split('\t'), new SourcePosition(i + 1)));
                blankSinceTable = false;
                continue;
            }

            if (table.Count > 0 && i + 1 < lines.Length && lines[i + 1].Contains('\t', StringComparison.Ordinal) && IsWrappedCell(line))
            {
                table.Add(new TableBlockRow([line.Trim()], new SourcePosition(i + 1)));
                continue;
            }

            // 续表 between the parts of a table split by a page break in a copy: the table goes on.
            if ((table.Count > 0 || blankSinceTable) && paragraph.Count == 0 && TableContinuation.IsMarker(line))
            {
                EndTable();
                blankSinceTable = true;
                continue;
            }

            var afterTable = table.Count > 0 || blankSinceTable;
            EndTable();
            if (line.Trim().Length == 0)
            {
                blankSinceTable = afterTable && paragraph.Count == 0;
                if (paragraph.Count > 0 && !ContinuesAfterBlank(paragraph[^1], lines, i))
                {
                    EndParagraph();
                }

                continue;
            }

            if (Headings.TryRead(line, out _, out var heading))
            {
                EndParagraph();
                blocks.Add(new HeadingBlock(heading, Level(line), new SourcePosition(i + 1)));
                blankSinceTable = false;
                continue;
            }

            blankSinceTable = false;
            if (paragraph.Count == 0)
            {
                paragraphLine = i + 1;
            }
            else if (EndsLine(paragraph[^1]))
            {
                paragraph.Add("\n");
            }

            paragraph.Add(line.Trim());
        }

        EndTable();
        EndParagraph();
        return new SourceDocument { FileName = fileName, Format = SourceFormat.Text, Blocks = blocks };
    }

    /// <summary>A short line that is no heading, table title or caption (单位：…, 部门名称：…): a piece of a cell.</summary>
    private static bool IsWrappedCell(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= WrappedCellLength && !text.StartsWith('#') && !text.EndsWith('表')
            && !text.Contains('：', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal) && !Headings.TryRead(line, out _, out _);
    }

    private static bool EndsLine(string text) => text.Length == 0 || text[^1] is '。' or '；' or ';' or '！' or '？' or '：' or ':' or '”';

    private static bool ContinuesAfterBlank(string last, string[] lines, int blank)
    {
        if (last.Length < BrokenParagraphLength || EndsLine(last))
        {
            return false;
        }

        var next = Array.FindIndex(lines, blank, l => l.Trim().Length > 0);
        return next > 0 && !lines[next].Contains('\t', StringComparison.Ordinal) && !Headings.TryRead(lines[next], out _, out _);
    }

    private static int Level(string line)
    {
        var text = line.TrimStart();
        var hashes = text.Length - text.TrimStart('#').Length;
        return hashes > 0 ? hashes : 1;
    }
}
