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
        var rows = new List<TableBlockRow>();
        var open = new List<bool>();
        TableBlockRow? pending = null;
        foreach (var printed in body)
        {
            var row = printed;
            if (Filled(row).Count == 0 || headerTexts.Contains(Compact(row)))
            {
                continue;
            }

            if (joinWrapped && Fragment(row) is { } fragment)
            {
                if (rows.Count > 0 && pending is null && CompletesAbove(rows[^1], open[^1], fragment))
                {
                    rows[^1] = WithLabel(rows[^1], Label(rows[^1]) + fragment);
                    continue;
                }

                if (pending is not null)
                {
                    Add(pending, false);
                }

                pending = row;
                continue;
            }

            var labelWasEmpty = Label(row).Length == 0;
            if (pending is not null)
            {
                var text = Fragment(pending)!;
                if (StartsAbove(row, text))
                {
                    row = WithLabel(row, text + Label(row));
                }
                else
                {
                    Add(pending, false);
                    labelWasEmpty = false;
                }

                pending = null;
            }

            if (rows.Count > 0 && Continues(rows[^1], row))
            {
                rows[^1] = Merged(rows[^1], row);
                continue;
            }

            Add(row, labelWasEmpty && Label(row).Length > 0);
        }

        if (pending is not null)
        {
            Add(pending, false);
        }

        return rows;

        void Add(TableBlockRow row, bool labelMayGoOn)
        {
            rows.Add(row);
            open.Add(labelMayGoOn);
        }
    }

    /// <summary>The text of a row that holds only a piece of label: one cell of text, no code, no figure, no known row.</summary>
    private string? Fragment(TableBlockRow row)
    {
        var filled = Filled(row);
        if (filled.Count != 1 || columns.Values.Contains(filled[0]))
        {
            return null;
        }

        var text = CellText.Clean(row.Cells[filled[0]]);
        return CellText.Code(text) is null && !CellText.IsNumber(text) && !isKnownLabel(null, text) ? text : null;
    }

    /// <summary>A piece of label below a row completes it: the row's label is cut off, or the two make its known name.</summary>
    private bool CompletesAbove(TableBlockRow above, bool labelMayGoOn, string fragment)
    {
        var label = Label(above);
        return IsRow(above) && label.Length > 0
            && (labelMayGoOn || IsCutOff(label) || ContinuationStarts.Contains(fragment[0], StringComparison.Ordinal) || isKnownLabel(above, label + fragment));
    }

    /// <summary>A piece of label above a row starts it: the row printed no label there, or the two make its known name.</summary>
    private bool StartsAbove(TableBlockRow below, string fragment)
    {
        var label = Label(below);
        return IsRow(below) && (label.Length == 0 || IsCutOff(fragment) || isKnownLabel(below, fragment + label));
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

    private string Label(TableBlockRow row) => columns.Label is { } c ? Cell(row, c) : string.Empty;

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
