using System.Text.RegularExpressions;

namespace DeptBudget.Formats.Documents.Pdf;

/// <summary>A run of a page's lines that is either one table or running text.</summary>
internal sealed record PdfRun(bool IsTable, IReadOnlyList<PdfLine> Lines);

/// <summary>
/// Splits a page's lines into table runs and text runs. A table is a run of lines with two or more cells, at least one
/// of them with three or more (or three lines with two), and the one-cell lines between them; a one-cell line right
/// after such a run stays in it while it sits between the same ruling lines (a wrapped cell). Page numbers at the top
/// or bottom of the page (3, - 3 -, 第 3 页) are dropped.
/// </summary>
internal static partial class PdfPageLayout
{
    /// <summary>Without rulings, a one-cell line this close (in font sizes) below the last row is the rest of its wrapped label.</summary>
    private const double WrappedTailGap = 2.0;

    public static IReadOnlyList<PdfRun> Split(IReadOnlyList<PdfLine> pageLines, PdfRulings rulings)
    {
        var lines = pageLines.Where((l, i) => !((i == 0 || i == pageLines.Count - 1 || i == 1 || i == pageLines.Count - 2) && IsPageNumber(l.Text))).ToList();
        var runs = new List<PdfRun>();
        var i = 0;
        while (i < lines.Count)
        {
            var start = CellsAbove(lines, i, rulings);
            var end = TableEnd(lines, start, rulings);
            if (end > start)
            {
                runs.Add(new PdfRun(true, lines[i..end]));
                i = end;
            }
            else
            {
                if (runs.Count == 0 || runs[^1].IsTable)
                {
                    runs.Add(new PdfRun(false, [lines[i]]));
                }
                else
                {
                    runs[^1] = runs[^1] with { Lines = [.. runs[^1].Lines, lines[i]] };
                }

                i++;
            }
        }

        return runs;
    }

    /// <summary>The end (exclusive) of a table starting at <paramref name="start"/>, or <paramref name="start"/> when none starts there.</summary>
    private static int TableEnd(List<PdfLine> lines, int start, PdfRulings rulings)
    {
        bool HasCells(PdfLine line) => line.Segments.Count >= 2 || rulings.InGrid(line);
        if (!HasCells(lines[start]))
        {
            return start;
        }

        var lastMulti = start;
        var multi0 = new List<PdfLine> { lines[start] };
        for (var j = start + 1; j < lines.Count; j++)
        {
            if (HasCells(lines[j]))
            {
                multi0.Add(lines[j]);
                lastMulti = j;
                continue;
            }

            // A one-cell line may belong to the table; it does if a line with cells follows before the table ends.
            // In a ruled table it must lie between the table's column rulings (a title between two tables does not).
            var ruled = multi0.Any(rulings.InGrid);
            if (ruled || !Within(lines[j], lines[j - 1], lines[start..(lastMulti + 1)]))
            {
                break;
            }
        }

        var multi = lines.Skip(start).Take(lastMulti - start + 1).ToList();
        var wide = multi.Any(l => l.Segments.Count >= 3) || multi.Count(HasCells) >= 3 || multi.Any(rulings.InGrid);
        if (!wide)
        {
            return start;
        }

        var end = lastMulti + 1;
        var left = multi.Min(l => l.Left);
        var right = multi.Max(l => l.Right);
        var lastBand = rulings.BandOf(lines[lastMulti].Baseline, lines[lastMulti].FontSize, left, right);
        while (end < lines.Count && lines[end].Segments.Count == 1 && rulings.Banded(lines[end].Baseline, lines[end].FontSize, left, right)
            && rulings.BandOf(lines[end].Baseline, lines[end].FontSize, left, right) == lastBand)
        {
            end++;
        }

        // Without rulings, the wrapped rest of the last row's label follows a line below, inside the table.
        while (end < lines.Count && !multi.Any(rulings.InGrid) && lines[end].Segments.Count == 1
            && lines[end - 1].Baseline - lines[end].Baseline < WrappedTailGap * lines[end].FontSize
            && !NotePattern().IsMatch(lines[end].Text) && Within(lines[end], lines[end - 1], multi))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Where a table starts that the one-cell lines from <paramref name="i"/> belong to: the wrapped top of a header cell
    /// centred in a row sits above the row's other cells, between the same rulings, or without rulings close above the
    /// table's first line and inside its width. <paramref name="i"/> when none.
    /// </summary>
    private static int CellsAbove(List<PdfLine> lines, int i, PdfRulings rulings)
    {
        const int MaxWrappedLines = 6;
        var k = i;
        while (k < lines.Count && k - i < MaxWrappedLines && lines[k].Segments.Count == 1 && !rulings.InGrid(lines[k]))
        {
            k++;
        }

        if (k == i || k >= lines.Count || TableEnd(lines, k, rulings) is var end && end == k)
        {
            return i;
        }

        var table = lines[k];
        if (rulings.Banded(table.Baseline, table.FontSize, table.Left, table.Right))
        {
            var band = rulings.BandOf(table.Baseline, table.FontSize, table.Left, table.Right);
            return lines[i..k].All(l => rulings.BandOf(l.Baseline, l.FontSize, table.Left, table.Right) == band) ? k : i;
        }

        // A group header is centred over its columns and may reach past the figures under it.
        var left = lines[k..end].Min(l => l.Left) - (3 * table.FontSize);
        var right = lines[k..end].Max(l => l.Right) + (3 * table.FontSize);
        var width = right - left - (6 * table.FontSize);
        var pieces = Enumerable.Range(i, k - i).All(j => lines[j].Baseline - lines[j + 1].Baseline < 3 * table.FontSize
            && lines[j].FontSize <= table.FontSize * 1.1 && lines[j].Left >= left && lines[j].Right <= right
            && lines[j].Right - lines[j].Left < 0.6 * width && !IsCaption(lines[j].Text));
        return pieces ? k : i;
    }

    /// <summary>Whether a one-cell line lies inside a table's width and is not a paragraph running across it.</summary>
    private static bool Within(PdfLine line, PdfLine previous, IReadOnlyList<PdfLine> table)
    {
        var left = table.Min(l => l.Left);
        var right = table.Max(l => l.Right);
        var closeBelow = previous.Baseline - line.Baseline < 3 * line.FontSize;
        return closeBelow && line.FontSize <= table[0].FontSize * 1.1 && !IsCaption(line.Text) && line.Left >= left - line.FontSize && line.Right <= right + line.FontSize && line.Right - line.Left < 0.6 * (right - left);
    }

    private static bool IsPageNumber(string text) => PageNumber().IsMatch(text);

    /// <summary>A table's number, title, 部门名称 or 单位 line: printed above a table, never a cell of one.</summary>
    private static bool IsCaption(string text) => Caption().IsMatch(text.Trim());

    [GeneratedRegex(@"^\s*(注|说明|备注)[:：]")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"^((金额)?单位[:：]|部门名称|单位名称|预算\s*\d+\s*表|附表)|表$")]
    private static partial Regex Caption();

    [GeneratedRegex(@"^[\s\-—–－]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*(共\s*)?\d{1,4}\s*页?)?[\s\-—–－]*$")]
    private static partial Regex PageNumber();
}
