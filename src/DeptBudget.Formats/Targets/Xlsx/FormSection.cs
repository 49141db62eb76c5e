namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>A section of a form sheet: its heading, its header row (columns by name) and its data rows.</summary>
internal sealed class FormSection(FormSheetCells cells, string heading, int headerRow, IReadOnlyList<int> rows)
{
    public FormSheetCells Cells => cells;

    public string Heading => heading;

    public IReadOnlyList<int> Rows => rows;

    /// <summary>The 0-based columns of the header row, left to right, with their names.</summary>
    public IReadOnlyList<(int Column, string Name)> Columns { get; } =
        Enumerable.Range(0, 64).Select(c => (c, cells.Text(headerRow, c))).Where(c => c.Item2.Length > 0).ToList();

    public int Column(string name) => Columns.FirstOrDefault(c => c.Name == name) is { Name.Length: > 0 } found
        ? found.Column
        : throw cells.Error(headerRow, 0, $"“{heading}”的表头没有“{name}”列");

    public string Text(int row, string column) => cells.Text(row, Column(column));

    public decimal? Amount(int row, string column) => cells.Amount(row, Column(column));

    public Core.Targets.CellSource Source(int row) => new() { Table = heading, Row = rows.ToList().IndexOf(row) + 1, Column = 1, Line = row };
}
