using System.Globalization;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Column letters (A, B … AA) and A1 references, 0-based columns and 1-based rows.</summary>
internal static class ColumnLetters
{
    public static string Of(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Reference(int row, int column) => Of(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "B12" into row 12, column 1; the column part alone is read by <see cref="TryParseColumn"/>.</summary>
    public static bool TryParseReference(ReadOnlySpan<char> text, out int row, out int column)
    {
        row = 0;
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        return TryParseColumn(text[..letters], out column)
            && int.TryParse(text[letters..], NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }

    public static bool TryParseColumn(ReadOnlySpan<char> letters, out int column)
    {
        column = -1;
        if (letters.IsEmpty || letters.Length > 3)
        {
            return false;
        }

        var value = 0;
        foreach (var c in letters)
        {
            value = (value * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        column = value - 1;
        return true;
    }
}
