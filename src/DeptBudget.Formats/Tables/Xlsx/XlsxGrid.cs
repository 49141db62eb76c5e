using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>The cells, merged ranges and row heights of one sheet, in any order; written out sorted.</summary>
internal sealed class XlsxGrid(XlsxStyles styles, XlsxSharedStrings strings)
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
    private readonly Dictionary<int, double> heights = [];
    private readonly List<string> merges = [];

    public IReadOnlyList<string> Merges => merges;

    /// <summary>Writes a text (or, when <paramref name="text"/> is empty, only the look) at a 1-based row and column.</summary>
    public void Text(int row, int col, string text, XlsxStyle style)
    {
        var cell = NewCell(row, col, style);
        if (text.Length > 0)
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(strings[text].ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Number(int row, int col, decimal? value, XlsxStyle style)
    {
        var cell = NewCell(row, col, style);
        if (value is { } v)
        {
            cell.CellValue = new CellValue(NumberText.Round(v).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Merges a range and gives every cell it covers the same look, so borders show on all its edges.</summary>
    public void Merge(int row, int col, int rowSpan, int colSpan, XlsxStyle style)
    {
        for (var r = row; r < row + rowSpan; r++)
        {
            for (var c = col; c < col + colSpan; c++)
            {
                if (!Has(r, c))
                {
                    NewCell(r, c, style);
                }
            }
        }

        if (rowSpan > 1 || colSpan > 1)
        {
            merges.Add($"{Reference(row, col)}:{Reference(row + rowSpan - 1, col + colSpan - 1)}");
        }
    }

    public void Height(int row, double points) => heights[row] = points;

    public SheetData Build()
    {
        var data = new SheetData();
        foreach (var (index, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)index };
            if (heights.TryGetValue(index, out var height))
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            row.Append(cells.Values);
            data.Append(row);
        }

        return data;
    }

    public static string Reference(int row, int col) => ColumnName(col) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → "A", 27 → "AA".</summary>
    public static string ColumnName(int col)
    {
        var name = string.Empty;
        for (var n = col; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private bool Has(int row, int col) => rows.TryGetValue(row, out var cells) && cells.ContainsKey(col);

    private Cell NewCell(int row, int col, XlsxStyle style)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            cells = [];
            rows.Add(row, cells);
        }

        var cell = new Cell { CellReference = Reference(row, col), StyleIndex = styles[style] };
        cells[col] = cell;
        return cell;
    }
}
