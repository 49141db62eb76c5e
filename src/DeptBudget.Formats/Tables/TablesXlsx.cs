using DeptBudget.Formats.Tables.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Table = DeptBudget.Core.Tables.Table;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// An xlsx workbook with one sheet per table: merged bold title, subtitles, unit line, a merged, bordered header
/// that is frozen and repeated on every printed page, figures as numbers formatted #,##0.00, codes as text,
/// labels indented by level, A4 print setup one page wide, notes below. See docs/TABLE-FORMATS.md.
/// </summary>
public static class TablesXlsx
{
    public static byte[] Write(IReadOnlyList<Table> tables)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            WriteWorkbook(document, tables);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the workbook to any stream (it is built in memory first, so the stream need not seek).</summary>
    public static void Write(IReadOnlyList<Table> tables, Stream output) => output.Write(Write(tables));

    private static void WriteWorkbook(SpreadsheetDocument document, IReadOnlyList<Table> tables)
    {
        var workbookPart = document.AddWorkbookPart();
        var styles = new XlsxStyles();
        var strings = new XlsxSharedStrings();
        var names = new XlsxSheetNames();
        var sheets = new Sheets();
        var printTitles = new DefinedNames();
        for (var i = 0; i < tables.Count; i++)
        {
            var name = names.Next(tables[i].Number, tables[i].Title);
            var layout = new XlsxSheetLayout(tables[i]);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = Worksheet(tables[i], layout, new XlsxGrid(styles, strings));
            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = (uint)(i + 1),
                Name = name,
            });
            if (layout.Header.RowCount > 0)
            {
                printTitles.Append(XlsxSheetSetup.PrintTitles(name, i, layout));
            }
        }

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
        if (printTitles.HasChildren)
        {
            workbook.Append(printTitles);
        }

        workbookPart.Workbook = workbook;
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
    }

    private static Worksheet Worksheet(Table table, XlsxSheetLayout layout, XlsxGrid grid)
    {
        XlsxSheetWriter.Write(grid, table, layout);
        var worksheet = new Worksheet(XlsxSheetSetup.Properties(), XlsxSheetSetup.Views(layout), XlsxSheetSetup.Format());
        if (layout.Header.ColumnCount > 0)
        {
            worksheet.Append(XlsxSheetSetup.Columns(layout));
        }

        worksheet.Append(grid.Build());
        if (XlsxSheetSetup.Merges(grid) is { } merges)
        {
            worksheet.Append(merges);
        }

        worksheet.Append(
            XlsxSheetSetup.PrintOptions(),
            XlsxSheetSetup.Margins(),
            XlsxSheetSetup.PageSetup(layout),
            XlsxSheetSetup.Footer());
        return worksheet;
    }
}
