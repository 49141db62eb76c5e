using System.Globalization;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// A form sheet's cells by (row, column) with merged ranges filled from their first cell, and messages that name the
/// file, the sheet, the row and the column.
/// </summary>
internal sealed class FormSheetCells
{
    private readonly Dictionary<(int Row, int Column), RawCell> cells = [];
    private readonly string file;

    public FormSheetCells(string file, RawSheet sheet)
    {
        this.file = file;
        Sheet = sheet.Name ?? "";
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Cells.Length; c++)
            {
                cells[(row.Number, c)] = row.Cells[c];
            }
        }

        foreach (var range in sheet.Merges.Where(m => cells.ContainsKey((m.FirstRow, m.FirstColumn))))
        {
            var first = cells[(range.FirstRow, range.FirstColumn)];
            for (var r = range.FirstRow; r <= range.LastRow; r++)
            {
                for (var c = range.FirstColumn; c <= range.LastColumn; c++)
                {
                    cells[(r, c)] = first;
                }
            }
        }

        RowNumbers = sheet.Rows.Select(r => r.Number).ToList();
    }

    public string Sheet { get; }

    /// <summary>The numbers of the rows that hold something, in order.</summary>
    public IReadOnlyList<int> RowNumbers { get; }

    public string Text(int row, int column) => cells.TryGetValue((row, column), out var cell) ? cell.Text.Trim() : "";

    public decimal? Amount(int row, int column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(row, column, $"“{text}”不是数字");
    }

    public int? Whole(int row, int column) => Amount(row, column) is { } value
        ? value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Error(row, column, $"“{value}”不是整数")
        : null;

    public InputException Error(int row, int column, string detail) =>
        new($"{file}：工作表“{Sheet}”第 {row} 行第 {column + 1} 列（{ColumnLetters.Reference(row, column)}）：{detail}。");
}
