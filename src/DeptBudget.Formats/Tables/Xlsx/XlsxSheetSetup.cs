using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>The parts of a worksheet around its cells: frozen header, column widths, print setup.</summary>
internal static class XlsxSheetSetup
{
    public static SheetProperties Properties() =>
        new(new PageSetupProperties { FitToPage = true });

    /// <summary>Freezes the rows down to the last header row: the pane below the header scrolls.</summary>
    public static SheetViews Views(XlsxSheetLayout layout)
    {
        var topLeft = XlsxGrid.Reference(layout.HeaderBottom + 1, 1);
        return new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = layout.HeaderBottom,
                TopLeftCell = topLeft,
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new([topLeft]) })
        {
            WorkbookViewId = 0,
        });
    }

    /// <summary>Body rows a little taller than the font, as printed budget tables have them.</summary>
    public static SheetFormatProperties Format() => new() { DefaultRowHeight = 18, CustomHeight = true };

    public static Columns Columns(XlsxSheetLayout layout) =>
        new(layout.Widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = width,
            CustomWidth = true,
        }));

    public static MergeCells? Merges(XlsxGrid grid) =>
        grid.Merges.Count == 0
            ? null
            : new MergeCells(grid.Merges.Select(range => new MergeCell { Reference = range })) { Count = (uint)grid.Merges.Count };

    public static PrintOptions PrintOptions() => new() { HorizontalCentered = true };

    public static PageMargins Margins() => new()
    {
        Left = 0.5,
        Right = 0.5,
        Top = 0.6,
        Bottom = 0.6,
        Header = 0.3,
        Footer = 0.3,
    };

    /// <summary>A4 (paper size 9), landscape when wide, one page wide and as many pages tall as needed.</summary>
    public static PageSetup PageSetup(XlsxSheetLayout layout) => new()
    {
        PaperSize = 9,
        Orientation = layout.IsWide ? OrientationValues.Landscape : OrientationValues.Portrait,
        FitToWidth = 1,
        FitToHeight = 0,
    };

    public static HeaderFooter Footer() => new(new OddFooter("&C第 &P 页，共 &N 页"));

    /// <summary>The print titles: the header rows repeat at the top of every printed page.</summary>
    public static DefinedName PrintTitles(string sheetName, int sheetIndex, XlsxSheetLayout layout) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${layout.HeaderTop}:${layout.HeaderBottom}"))
        {
            Name = "_xlnm.Print_Titles",
            LocalSheetId = (uint)sheetIndex,
        };
}
