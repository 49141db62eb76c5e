using DeptBudget.Core.Documents;
using DeptBudget.Core.Documents.Recognition;

namespace DeptBudget.Formats.Documents.Pdf;

/// <summary>
/// Turns a run of table lines into rows of cells. The columns are the segments of the line with the most of them;
/// every other segment goes to the column it overlaps most (a merged cell's text lands in its first column). Lines
/// between the same two horizontal rulings are one row whose cells wrapped, and are joined cell by cell.
/// </summary>
internal static class PdfTableBuilder
{
    /// <summary>Rulings closer than this (points) are one border drawn twice.</summary>
    private const double MinColumnWidth = 4.0;

    /// <summary>
    /// Without rulings, lines closer than this (font sizes) are one row: cells of a row whose text wraps are centred, so
    /// a shorter cell's line falls between a longer one's, half a line apart; rows are at least a line apart.
    /// </summary>
    private const double WrappedLineGap = 0.85;

    public static TableBlock Build(IReadOnlyList<PdfLine> lines, PdfRulings rulings)
    {
        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var borders = ColumnBorders(lines, rulings);
        IReadOnlyList<PdfSegment> columns = borders.Count >= 3
            ? [.. borders.Zip(borders.Skip(1), (a, b) => new PdfSegment(string.Empty, a, b))]
            : UnruledColumns(lines);
        var useBands = rulings.Horizontal.Count(h => h.Left < right && h.Right > left && h.Y <= lines[0].Baseline + 30 && h.Y >= lines[^1].Baseline - 30) >= 2;
        var rows = new List<TableBlockRow>();
        List<string>[]? cells = null;
        var band = -1;
        PdfLine? first = null;
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var lineBand = useBands ? rulings.BandOf(line.Baseline, line.FontSize, left, right) : -1;
            var sameRow = useBands ? lineBand == band : previous is not null && previous.Baseline - line.Baseline < WrappedLineGap * line.FontSize;
            if (cells is null || !sameRow)
            {
                Flush();
                cells = [.. columns.Select(_ => new List<string>())];
                first = line;
                band = lineBand;
            }

            previous = line;

            foreach (var segment in line.Segments)
            {
                cells[FirstOfMerge(ColumnOf(segment, columns), columns, line, rulings, borders.Count >= 3)].Add(segment.Text);
            }
        }

        Flush();
        return new TableBlock(rows, rows[0].Position);

        void Flush()
        {
            if (cells is not null && first is not null)
            {
                rows.Add(new TableBlockRow([.. cells.Select(TextJoin.Join)], new SourcePosition(first.Number, first.Page)));
            }
        }
    }

    /// <summary>
    /// Drops the columns no row has text in: the strips between two borders that cells draw each for themselves, and
    /// the extra borders of rows whose cells are narrower than the others'. Done once a table is joined across pages.
    /// </summary>
    public static TableBlock WithoutEmptyColumns(TableBlock table)
    {
        var rows = table.Rows;
        var width = rows.Max(r => r.Cells.Count);
        var used = Enumerable.Range(0, width).Where(c => rows.Any(r => c < r.Cells.Count && r.Cells[c].Length > 0)).ToList();
        return table with { Rows = [.. rows.Select(r => r with { Cells = [.. used.Select(c => c < r.Cells.Count ? r.Cells[c] : string.Empty)] })] };
    }

    /// <summary>
    /// The columns of a table without rulings: where the segments of its lines with figures lie, overlapping ones one
    /// column (figures set to the right, labels to the left, wrapped labels in between); a header segment over no such
    /// column (a column blank in every row) is a column of its own. The widest line's segments when no line has figures.
    /// </summary>
    private static List<PdfSegment> UnruledColumns(IReadOnlyList<PdfLine> lines)
    {
        var body = lines.Where(l => l.Segments.Count >= 2 && l.Segments.Any(s => CellText.IsNumber(s.Text))).ToList();
        if (body.Count == 0)
        {
            return [.. lines.MaxBy(l => l.Segments.Count)!.Segments];
        }

        var columns = new List<PdfSegment>();
        foreach (var segment in body.SelectMany(l => l.Segments).OrderBy(s => s.Left))
        {
            if (columns.Count > 0 && segment.Left <= columns[^1].Right)
            {
                columns[^1] = columns[^1] with { Right = Math.Max(columns[^1].Right, segment.Right) };
            }
            else
            {
                columns.Add(new PdfSegment(string.Empty, segment.Left, segment.Right));
            }
        }

        var bodyLines = body.ToHashSet();
        var header = lines.Where(l => l.Segments.Count >= 2 && !bodyLines.Contains(l)).SelectMany(l => l.Segments);
        columns.AddRange(header.Where(h => !columns.Any(c => h.Left <= c.Right && h.Right >= c.Left)).Select(h => new PdfSegment(string.Empty, h.Left, h.Right)));
        return [.. columns.OrderBy(c => c.Left)];
    }

    /// <summary>The x positions of the vertical rulings that run through the table's lines, left to right.</summary>
    private static List<double> ColumnBorders(IReadOnlyList<PdfLine> lines, PdfRulings rulings)
    {
        var top = lines[0].Baseline + lines[0].FontSize;
        var bottom = lines[^1].Baseline;
        var borders = new List<double>();
        foreach (var x in rulings.Vertical.Where(v => v.Top >= bottom && v.Bottom <= top).Select(v => v.X).Order())
        {
            if (borders.Count == 0 || x - borders[^1] > MinColumnWidth)
            {
                borders.Add(x);
            }
        }

        return borders;
    }

    /// <summary>A merged cell's text goes to its first column: move left while no ruling separates the columns at this line.</summary>
    private static int FirstOfMerge(int column, IReadOnlyList<PdfSegment> columns, PdfLine line, PdfRulings rulings, bool ruled)
    {
        while (ruled && column > 0 && !rulings.SeparatesAt(columns[column].Left - 1.5, columns[column].Left + 1.5, line.Baseline))
        {
            column--;
        }

        return column;
    }

    private static int ColumnOf(PdfSegment segment, IReadOnlyList<PdfSegment> columns)
    {
        var best = 0;
        var bestOverlap = double.MinValue;
        for (var c = 0; c < columns.Count; c++)
        {
            // Overlap, or minus the distance when they do not overlap: the nearest column wins then.
            var overlap = Math.Min(segment.Right, columns[c].Right) - Math.Max(segment.Left, columns[c].Left);
            if (overlap > bestOverlap)
            {
                best = c;
                bestOverlap = overlap;
            }
        }

        return best;
    }
}
