using DeptBudget.Core.Documents;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// A table that goes on at the top of the next page is one table: when a page starts with a table of as many columns
/// as the table that ended the page before (PDF), or a Word table follows another with nothing but empty paragraphs
/// and page breaks between, its rows are appended, without the header rows it repeats. A 续表 / （续） line between
/// the two parts is dropped with them (<see cref="TableContinuation"/>).
/// </summary>
internal static class ContinuedTable
{
    public static bool TryAppend(List<DocumentBlock> blocks, TableBlock next)
    {
        var marked = blocks is [.., TableBlock, HeadingBlock or ParagraphBlock] && TableContinuation.IsMarker(Text(blocks[^1]));
        if ((marked ? blocks[..^1] : blocks) is not [.., TableBlock previous] || Width(previous) != Width(next))
        {
            return false;
        }

        if (marked)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        var repeated = 0;
        while (repeated < next.Rows.Count && repeated < previous.Rows.Count - 1
            && Same(previous.Rows[repeated].Cells, next.Rows[repeated].Cells))
        {
            repeated++;
        }

        blocks[^1] = previous with { Rows = [.. previous.Rows, .. next.Rows.Skip(repeated)] };
        return true;
    }

    private static string Text(DocumentBlock block) => block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => "" };

    private static int Width(TableBlock table) => table.Rows.Max(r => r.Cells.Count);

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Zip(b).All(p => string.Equals(Compact(p.First), Compact(p.Second), StringComparison.Ordinal));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
