using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>One header cell on the header grid: a column with its position and spans (0-based).</summary>
public sealed record HeaderCell(Column Column, int Row, int Col, int RowSpan, int ColSpan)
{
    public bool IsMerged => RowSpan > 1 || ColSpan > 1;
}

/// <summary>
/// The header rows of a table, computed once from its column tree and used by every renderer: a group spans
/// its leaves on one row, a leaf spans down to the bottom header row.
/// </summary>
public sealed class HeaderLayout
{
    private HeaderLayout(int rowCount, IReadOnlyList<Column> leaves, IReadOnlyList<HeaderCell> cells)
    {
        RowCount = rowCount;
        Leaves = leaves;
        Cells = cells;
    }

    /// <summary>Number of header rows (the depth of the column tree).</summary>
    public int RowCount { get; }

    /// <summary>The printed columns, left to right.</summary>
    public IReadOnlyList<Column> Leaves { get; }

    /// <summary>Every header cell, ordered by row, then by column.</summary>
    public IReadOnlyList<HeaderCell> Cells { get; }

    public int ColumnCount => Leaves.Count;

    public static HeaderLayout Build(IReadOnlyList<Column> columns)
    {
        var rowCount = columns.Count == 0 ? 0 : columns.Max(c => c.Depth);
        var cells = new List<HeaderCell>();
        var col = 0;
        foreach (var column in columns)
        {
            col += Place(column, 0, col, rowCount, cells);
        }

        var ordered = cells.OrderBy(c => c.Row).ThenBy(c => c.Col).ToList();
        return new HeaderLayout(rowCount, columns.SelectMany(c => c.Leaves()).ToList(), ordered);
    }

    public IEnumerable<HeaderCell> CellsInRow(int row) => Cells.Where(c => c.Row == row);

    /// <summary>
    /// The header as a text grid: each cell's label in its top-left position, empty strings in the positions
    /// a merged cell covers.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TextGrid()
    {
        var grid = new string[RowCount][];
        for (var row = 0; row < RowCount; row++)
        {
            grid[row] = Enumerable.Repeat(string.Empty, ColumnCount).ToArray();
        }

        foreach (var cell in Cells)
        {
            grid[cell.Row][cell.Col] = cell.Column.Label;
        }

        return grid;
    }

    /// <summary>One name per leaf: the labels from the top group down to the leaf, joined by "/".</summary>
    public IReadOnlyList<string> LeafPaths()
    {
        var paths = new string[ColumnCount];
        foreach (var leafCell in Cells.Where(c => c.Column.IsLeaf))
        {
            var parts = Cells
                .Where(c => c.Col <= leafCell.Col && leafCell.Col < c.Col + c.ColSpan && c.Row <= leafCell.Row)
                .OrderBy(c => c.Row)
                .Select(c => c.Column.Label);
            paths[leafCell.Col] = string.Join("/", parts);
        }

        return paths;
    }

    private static int Place(Column column, int row, int col, int rowCount, List<HeaderCell> cells)
    {
        if (column.IsLeaf)
        {
            cells.Add(new HeaderCell(column, row, col, rowCount - row, 1));
            return 1;
        }

        var width = 0;
        foreach (var child in column.Children)
        {
            width += Place(child, row + 1, col + width, rowCount, cells);
        }

        cells.Add(new HeaderCell(column, row, col, 1, width));
        return width;
    }
}
