namespace DeptBudget.Formats.Classifications;

/// <summary>
/// The cells of one CSV file or one worksheet, as text, with the row numbers a user sees
/// (the first row is 1), so that every message can say where a problem is.
/// </summary>
internal sealed record RawTable(string FileName, string? SheetName, IReadOnlyList<RawRow> Rows)
{
    /// <summary>“functions.xlsx，工作表“Sheet1”” or “functions.csv”.</summary>
    public string Source => SheetName is null ? FileName : $"{FileName}，工作表“{SheetName}”";

    /// <summary>“functions.csv，第 12 行，“编码”列：”, the prefix of a message about one cell.</summary>
    public string At(int row, string column) => $"{Source}，第 {row} 行，“{column}”列：";

    /// <summary>“functions.csv，第 12 行：”, the prefix of a message about one row.</summary>
    public string At(int row) => $"{Source}，第 {row} 行：";
}

/// <summary>One row of a <see cref="RawTable"/>; cells are trimmed text, never null.</summary>
internal sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}
