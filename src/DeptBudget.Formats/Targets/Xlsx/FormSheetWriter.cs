using DeptBudget.Formats.Tables.Xlsx;
using DeptBudget.Formats.Targets.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>One form on one sheet; sections are separated by an empty row, which is how the reader tells them apart.</summary>
internal static class FormSheetWriter
{
    private static readonly XlsxStyle Title = new(Bold: true, FontSize: 16, Align: XlsxAlign.Center);
    private static readonly XlsxStyle Label = new(Bold: true, Align: XlsxAlign.Left);
    private static readonly XlsxStyle Plain = new(Align: XlsxAlign.Left, NumberFormat: XlsxStyle.TextFormat);
    private static readonly XlsxStyle Heading = new(Bold: true, FontSize: 12, Align: XlsxAlign.Left);
    private static readonly XlsxStyle Head = new(Bold: true, Border: true, Align: XlsxAlign.Center, Wrap: true);
    private static readonly XlsxStyle Text = new(Border: true, Align: XlsxAlign.Left, Wrap: true, NumberFormat: XlsxStyle.TextFormat);
    private static readonly XlsxStyle Money = new(Border: true, Align: XlsxAlign.Right, NumberFormat: XlsxStyle.MoneyFormat);
    private static readonly XlsxStyle Whole = new(Border: true, Align: XlsxAlign.Center);

    public static Worksheet Worksheet(FormLayout layout, XlsxGrid grid)
    {
        var width = Math.Max(layout.Width, 8);
        grid.Text(1, 1, layout.Title, Title);
        grid.Merge(1, 1, 1, width, Title);
        grid.Height(1, 28);
        var perRow = layout.Header.Count / FormLayoutNames.HeaderRows;
        for (var i = 0; i < layout.Header.Count; i++)
        {
            var (label, value) = layout.Header[i];
            var (row, col) = (2 + (i / perRow), 1 + (2 * (i % perRow)));
            grid.Text(row, col, label, Label);
            Cell(grid, row, col + 1, value, value.IsAmount && !value.IsWhole ? Money : Plain);
        }

        var top = 2 + FormLayoutNames.HeaderRows + 1;
        foreach (var block in layout.Blocks)
        {
            grid.Text(top, 1, block.Heading, Heading);
            grid.Merge(top, 1, 1, width, Heading);
            for (var c = 0; c < block.Columns.Count; c++)
            {
                grid.Text(top + 1, c + 1, block.Columns[c], Head);
            }

            for (var r = 0; r < block.Rows.Count; r++)
            {
                var row = top + 2 + r;
                for (var c = 0; c < block.Rows[r].Count; c++)
                {
                    var cell = block.Rows[r][c];
                    if (cell.Covered)
                    {
                        continue;
                    }

                    Cell(grid, row, c + 1, cell, cell.IsWhole ? Whole : cell.IsAmount ? Money : Text);
                    grid.Merge(row, c + 1, cell.RowSpan, 1, cell.IsAmount ? Money : Text);
                }
            }

            top += block.Rows.Count + 3;
        }

        var parts = new OpenXmlElement?[]
        {
            XlsxSheetSetup.Properties(), new SheetFormatProperties { DefaultRowHeight = 18, CustomHeight = true }, Columns(width),
            grid.Build(), XlsxSheetSetup.Merges(grid), XlsxSheetSetup.PrintOptions(), XlsxSheetSetup.Margins(),
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 }, XlsxSheetSetup.Footer(),
        };
        var worksheet = new Worksheet(parts.OfType<OpenXmlElement>());
        return worksheet;
    }

    private static void Cell(XlsxGrid grid, int row, int col, FormCell cell, XlsxStyle style)
    {
        if (cell.IsAmount)
        {
            grid.Number(row, col, cell.Amount, style);
        }
        else
        {
            grid.Text(row, col, cell.Text, style);
        }
    }

    /// <summary>The first column narrow (序号, 类别), the others wide enough for an indicator name.</summary>
    private static Columns Columns(int width) =>
        new(Enumerable.Range(1, width).Select(i => new Column { Min = (uint)i, Max = (uint)i, Width = i == 1 ? 10 : 18, CustomWidth = true }));
}
