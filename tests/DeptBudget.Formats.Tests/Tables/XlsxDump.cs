using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>A readable text dump of a workbook (sheets, setup, merges, cells with their looks) for golden files.</summary>
internal static class XlsxDump
{
    public static string Write(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var styles = new XlsxStyleText(workbook.WorkbookStylesPart!.Stylesheet);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var text = new StringBuilder();
        foreach (var name in workbook.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
        {
            Line(text, $"defined name {name.Name} (sheet {name.LocalSheetId}) = {name.Text}");
        }

        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            Line(text, $"\nsheet \"{sheet.Name}\"");
            var pane = worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
            Line(text, $"  frozen: {pane?.State?.ToString()} ySplit={pane?.VerticalSplit} topLeft={pane?.TopLeftCell}");
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Line(text, $"  page: paper={setup.PaperSize} {setup.Orientation} fitToWidth={setup.FitToWidth} fitToHeight={setup.FitToHeight} fitToPage={worksheet.SheetProperties?.PageSetupProperties?.FitToPage}");
            var margins = worksheet.GetFirstChild<PageMargins>()!;
            Line(text, $"  margins: left={margins.Left} right={margins.Right} top={margins.Top} bottom={margins.Bottom}");
            Line(text, $"  footer: {worksheet.GetFirstChild<HeaderFooter>()?.OddFooter?.Text}");
            Line(text, "  widths: " + string.Join(" ", worksheet.GetFirstChild<Columns>()?.Elements<Column>().Select(c => Number(c.Width!.Value)) ?? []));
            Line(text, "  merges: " + string.Join(" ", worksheet.GetFirstChild<MergeCells>()?.Elements<MergeCell>().Select(m => m.Reference!.Value) ?? []));
            foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                var height = row.Height is { } h ? $" height={Number(h.Value)}" : string.Empty;
                Line(text, $"  row {row.RowIndex}{height}");
                foreach (var cell in row.Elements<Cell>().Where(c => c.CellValue is not null || c.StyleIndex?.Value != 0))
                {
                    Line(text, $"    {cell.CellReference} {Value(cell, strings)} [{styles.Describe(cell.StyleIndex?.Value ?? 0)}]");
                }
            }
        }

        return text.ToString();
    }

    private static string Value(Cell cell, List<string> strings) => cell.CellValue?.Text is not { } value
        ? "(empty)"
        : cell.DataType?.Value == CellValues.SharedString ? $"\"{strings[int.Parse(value, CultureInfo.InvariantCulture)]}\"" : value;

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
