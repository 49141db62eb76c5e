namespace DeptBudget.Core.Documents.Recognition;

/// <summary>Where a printed table's label, other non-figure and figure columns are (printed column indexes).</summary>
internal sealed record PrintedColumns(int? Label, IReadOnlyList<int> Texts, IReadOnlyList<int> Values);

/// <summary>
/// Makes one printed row of each table row before rows are keyed: a header printed again (the table went on over a
/// page) is dropped; a label that wrapped onto a line of its own is joined to its row where that is safe; a row that
/// went on over a page with its code and label printed again is joined to its first part. Anything not safe to join
/// is left as printed, so the reader reports it as it would without joining.
/// </summary>
/// <param name="isKnownLabel">Whether a text is the label of the row (its code's classification name, a fixed row's label).</param>
internal sealed class RowJoiner(PrintedColumns columns, Func<TableBlockRow?, string, bool> isKnownLabel, bool joinWrapped)
{
    /// <summary>A label ending like this goes on in the next line (和、与、及 …, an open bracket or quote).</summary>
    private const string OpenEndings = "和与及或、，,（(“的";

    private const string ContinuationStarts = "）)、，,”";

    public List<TableBlockRow> Join(IReadOnlyList<TableBlockRow> header, IEnumerable<TableBlockRow> body)
    {
        var headerTexts = header.Where(r => Filled(r).Count >= 2).Select(Compact).ToHashSet(StringComparer.Ordinal);
        var printed = body.Where(r => Filled(r).Count > 0 && !headerTexts.Contains(Compact(r))).ToList();
        var fragments = printed.Select(r => joinWrapped ? Fragment(r) : null).ToList();
        var joined = new TableBlockRow?[printed.Count];
        var used = new bool[printed.Count];
        for (var r = 0; r < printed.Count; r++)
        {
            if (fragments[r] is not null)
            {
                continue;
            }

            var above = Run(r - 1, -1);
            var below = Run(r + 1, 1);
            var (a, b) = Pieces(printed[r], [.. above.Select(i => fragments[i]!)], [.. below.Select(i => fragments[i]!)]);
            var label = string.Concat(above.Take(a).Reverse().Select(i => fragments[i])) + Label(printed[r]) + string.Concat(below.Take(b).Select(i => fragments[i]));
            joined[r] = a + b > 0 ? WithLabel(printed[r], label) : printed[r];
            foreach (var i in above.Take(a).Concat(below.Take(b)))
            {
                used[i] = true;
            }
        }

        var rows = new List<TableBlockRow>();
        for (var r = 0; r < printed.Count; r++)
        {
            var row = joined[r] ?? printed[r];
            if (used[r])
            {
                continue;
            }

            if (rows.Count > 0 && joined[r] is not null && Continues(rows[^1], row))
            {
                rows[^1] = Merged(rows[^1], row);
                continue;
            }

            rows.Add(row);
        }

        return rows;

        // The fragments next to a row, nearest first, that no other row has taken.
        List<int> Run(int from, int step)
        {
            var run = new List<int>();
            for (var i = from; i >= 0 && i < printed.Count && fragments[i] is not null && !used[i]; i += step)
            {
                run.Add(i);
            }

            return run;
        }
    }

    /// <summary>
    /// How many pieces of label from above (nearest first) and below a row belong to it: those that make its known
    /// name; around a row printed without a label (centred in its cell) as many below as above; else a piece below
    /// while the label is cut off, and a piece above that is cut off itself.
    /// </summary>
    private (int Above, int Below) Pieces(TableBlockRow row, List<string> above, List<string> below)
    {
        if (!IsRow(row) || above.Count + below.Count == 0)
        {
            return (0, 0);
        }

        var label = Label(row);
        for (var a = above.Count; a >= 0; a--)
        {
            for (var b = below.Count; b >= 0; b--)
            {
                var text = string.Concat(above.Take(a).Reverse()) + label + string.Concat(below.Take(b));
                if (a + b > 0 && isKnownLabel(row, text))
                {
                    return (a, b);
                }
            }
        }

        if (label.Length == 0 && above.Count > 0)
        {
            return (above.Count, Math.Min(above.Count, below.Count));
        }

        var up = 0;
        while (up < above.Count && IsCutOff(above[up]))
        {
            up++;
        }

        var down = 0;
        var joined = string.Concat(above.Take(up).Reverse()) + label;
        while (down < below.Count && joined.Length > 0 && (IsCutOff(joined) || ContinuationStarts.Contains(below[down][0], StringComparison.Ordinal)))
        {
            joined += below[down];
            down++;
        }

        return (up, down);
    }

    /// <summary>The text of a row that holds only a piece of label: one cell of text, no code, no figure, no known row.</summary>
    private string? Fragment(TableBlockRow row)
    {
        var filled = Filled(row);
        if (filled.Count != 1 || columns.Values.Contains(filled[0]))
        {
            return null;
        }

        var text = row.Cells[filled[0]].Trim();
        return CellText.Code(text) is null && !CellText.IsNumber(text) && !isKnownLabel(null, text) ? text : null;
    }

    /// <summary>
    /// A row printed again on the next page with the same code and label, whose figures fill only the cells the first
    /// part left blank (or none): the rest of the same row.
    /// </summary>
    private bool Continues(TableBlockRow first, TableBlockRow next)
    {
        var key = columns.Texts.Where(c => Cell(first, c).Length > 0 || Cell(next, c).Length > 0).ToList();
        return key.Count > 0
            && key.All(c => string.Equals(Compact(Cell(first, c)), Compact(Cell(next, c)), StringComparison.Ordinal))
            && columns.Values.All(c => Cell(first, c).Length == 0 || Cell(next, c).Length == 0);
    }

    private TableBlockRow Merged(TableBlockRow first, TableBlockRow next)
    {
        var cells = first.Cells.ToList();
        foreach (var c in columns.Values.Where(c => Cell(next, c).Length > 0))
        {
            while (cells.Count <= c)
            {
                cells.Add(string.Empty);
            }

            cells[c] = next.Cells[c];
        }

        return first with { Cells = cells };
    }

    private bool IsRow(TableBlockRow row) =>
        columns.Values.Any(c => Cell(row, c).Length > 0) || columns.Texts.Any(c => c != columns.Label && CellText.Code(Cell(row, c)) is not null);

    private static bool IsCutOff(string label)
    {
        var opened = label.Count(c => c is '(' or '（') - label.Count(c => c is ')' or '）');
        return opened > 0 || OpenEndings.Contains(label[^1], StringComparison.Ordinal);
    }

    /// <summary>The row's label as printed (full-width forms kept), for joining.</summary>
    private string Label(TableBlockRow row) => columns.Label is { } c && c < row.Cells.Count ? row.Cells[c].Trim() : string.Empty;

    private TableBlockRow WithLabel(TableBlockRow row, string label)
    {
        if (columns.Label is not { } column)
        {
            return row;
        }

        var cells = row.Cells.ToList();
        while (cells.Count <= column)
        {
            cells.Add(string.Empty);
        }

        cells[column] = label;
        return row with { Cells = cells };
    }

    private static string Cell(TableBlockRow row, int column) => column < row.Cells.Count ? CellText.Clean(row.Cells[column]) : string.Empty;

    private static List<int> Filled(TableBlockRow row) => Enumerable.Range(0, row.Cells.Count).Where(c => CellText.Clean(row.Cells[c]).Length > 0).ToList();

    private static string Compact(TableBlockRow row) => string.Join('\t', row.Cells.Select(Compact)).TrimEnd('\t');

    private static string Compact(string text) => string.Concat(CellText.Clean(text).Where(c => !char.IsWhiteSpace(c)));
}
