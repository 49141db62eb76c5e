using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>Puts one table on a sheet grid: number, merged bold title, subtitles, unit, header, body, notes.</summary>
internal static class XlsxSheetWriter
{
    private const double LineHeight = 15;

    private static readonly XlsxStyle Title = new(Bold: true, FontSize: 16, Align: XlsxAlign.Center);
    private static readonly XlsxStyle Left = new(Align: XlsxAlign.Left);
    private static readonly XlsxStyle Unit = new(Align: XlsxAlign.Right);
    private static readonly XlsxStyle Note = new(Align: XlsxAlign.Left, Wrap: true);
    private static readonly XlsxStyle Head = new(Bold: true, Border: true, Align: XlsxAlign.Center, Wrap: true);

    public static void Write(XlsxGrid grid, Table table, XlsxSheetLayout layout)
    {
        var width = layout.ColumnCount;
        if (layout.NumberRow > 0)
        {
            grid.Text(layout.NumberRow, 1, table.Number, Left);
        }

        grid.Text(layout.TitleRow, 1, table.Title, Title);
        grid.Merge(layout.TitleRow, 1, 1, width, Title);
        grid.Height(layout.TitleRow, 28);
        for (var i = 0; i < table.Subtitles.Count; i++)
        {
            grid.Text(layout.SubtitleTop + i, 1, table.Subtitles[i], Left);
            grid.Merge(layout.SubtitleTop + i, 1, 1, width, Left);
        }

        grid.Text(layout.UnitRow, width, "单位：" + table.Unit.Label(), Unit);
        WriteHeader(grid, layout);
        WriteBody(grid, layout);
        for (var i = 0; i < table.Notes.Count; i++)
        {
            var row = layout.NotesTop + i;
            grid.Text(row, 1, table.Notes[i], Note);
            grid.Merge(row, 1, 1, width, Note);
            grid.Height(row, Lines(table.Notes[i], layout.TotalWidth) * LineHeight);
        }
    }

    private static void WriteHeader(XlsxGrid grid, XlsxSheetLayout layout)
    {
        var lines = new int[layout.Header.RowCount];
        foreach (var cell in layout.Header.Cells)
        {
            var row = layout.HeaderTop + cell.Row;
            grid.Text(row, cell.Col + 1, cell.Column.Label, Head);
            grid.Merge(row, cell.Col + 1, cell.RowSpan, cell.ColSpan, Head);
            var width = layout.Widths.Skip(cell.Col).Take(cell.ColSpan).Sum() - 1;
            var needed = (int)Math.Ceiling((double)Lines(cell.Column.Label, width) / cell.RowSpan);
            lines[cell.Row] = Math.Max(lines[cell.Row], needed);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            grid.Height(layout.HeaderTop + i, Math.Max(lines[i], 1) * LineHeight + 4);
        }
    }

    private static void WriteBody(XlsxGrid grid, XlsxSheetLayout layout)
    {
        for (var i = 0; i < layout.Body.Count; i++)
        {
            var row = layout.BodyTop + i;
            var cells = layout.Body[i].Cells;
            for (var col = 0; col < cells.Count; col++)
            {
                var cell = cells[col];
                if (cell.IsValue)
                {
                    grid.Number(row, col + 1, cell.Number, Style(cell));
                }
                else
                {
                    grid.Text(row, col + 1, cell.Text, Style(cell));
                }
            }
        }
    }

    private static XlsxStyle Style(BodyCell cell) => cell.Column.Kind switch
    {
        ColumnKind.Value => new(Bold: cell.IsEmphasised, Border: true, Align: XlsxAlign.Right, NumberFormat: XlsxStyle.MoneyFormat),
        ColumnKind.Label => new(Bold: cell.IsEmphasised, Border: true, Align: XlsxAlign.Left, Indent: Indent(cell)),
        ColumnKind.Code or ColumnKind.CodeClass or ColumnKind.CodeSection or ColumnKind.CodeItem =>
            new(Bold: cell.IsEmphasised, Border: true, Align: XlsxAlign.Center, NumberFormat: XlsxStyle.TextFormat),
        ColumnKind.Text => new(Bold: cell.IsEmphasised, Border: true, Align: XlsxAlign.Left, NumberFormat: XlsxStyle.TextFormat),
    };

    /// <summary>A 类 or a total is not indented, a 款 by one step, a 项 by two.</summary>
    private static uint Indent(BodyCell cell) => cell.Row is null ? 0 : (uint)Math.Clamp(cell.Level - 1, 0, 3);

    private static int Lines(string text, double width) =>
        Math.Max(1, (int)Math.Ceiling(XlsxColumnWidths.TextWidth(text) / Math.Max(width, 1)));
}
