namespace DeptBudget.Formats.Classifications;

/// <summary>Reads a 科目编码 cell: digits only once trimmed; full-width digits (０–９) are accepted.</summary>
internal static class CodeCell
{
    /// <summary>The code as ASCII digits, or null when the cell holds anything else.</summary>
    public static string? Digits(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var digits = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] is >= '０' and <= '９' ? (char)(text[i] - '０' + '0') : text[i];
            if (c is < '0' or > '9')
            {
                return null;
            }

            digits[i] = c;
        }

        return new string(digits);
    }

    /// <summary>Checks a code cell and reports what is wrong with it; returns the digits when it is usable.</summary>
    public static string? Read(RawTable table, RawRow row, string column, string cell, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            errors.Add($"{table.At(row.Number, column)}编码是空的。");
            return null;
        }

        var code = Digits(cell);
        if (code is null)
        {
            errors.Add($"{table.At(row.Number, column)}“{cell}”不是数字编码。");
        }

        return code;
    }
}
