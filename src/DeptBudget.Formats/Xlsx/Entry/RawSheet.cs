namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>How a cell's value was stored.</summary>
internal enum CellFlavor
{
    Text,
    Number,
    Boolean,

    /// <summary>An error value such as #REF! or #DIV/0!.</summary>
    Error,
}

/// <summary>One cell as stored: its text (for numbers the stored digits, never a formatted display) and whether it is a formula.</summary>
internal readonly record struct RawCell(string Text, CellFlavor Flavor, bool IsFormula)
{
    public bool IsBlank => !IsFormula && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One non-empty row with its 1-based row number; <see cref="Cells"/> is indexed by 0-based column.</summary>
internal sealed record RawRow(int Number, RawCell[] Cells)
{
    public RawCell? this[int column] => column < Cells.Length ? Cells[column] : null;
}

/// <summary>A rectangle of cells, 1-based rows, 0-based columns, as merged cells are stored.</summary>
internal readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public string A1 => $"{ColumnLetters.Of(FirstColumn)}{FirstRow}:{ColumnLetters.Of(LastColumn)}{LastRow}";

    public static bool TryParse(string text, out CellRange range)
    {
        range = default;
        var parts = text.Split(':');
        if (parts.Length != 2 || !ColumnLetters.TryParseReference(parts[0], out var r1, out var c1)
            || !ColumnLetters.TryParseReference(parts[1], out var r2, out var c2))
        {
            return false;
        }

        range = new CellRange(r1, c1, r2, c2);
        return true;
    }
}

/// <summary>A sheet as read from an xlsx file, or the one table of a TSV file (<see cref="Name"/> null).</summary>
internal sealed record RawSheet(string? Name, bool Hidden, IReadOnlyList<RawRow> Rows, IReadOnlyList<CellRange> Merges);
