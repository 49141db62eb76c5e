using DeptBudget.Core.Targets;
using DeptBudget.Formats.Tables.Xlsx;
using DeptBudget.Formats.Targets.Writing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// Forms as an xlsx workbook, one sheet per form in its template's layout: merged title, the header's label–value
/// pairs, then each section under its heading with a bordered column header, amounts as numbers #,##0.00 and 一级 /
/// 二级 names merged down their group. A4 landscape, one page wide. FormXlsxReader reads it back.
/// </summary>
public static class FormXlsx
{
    public static void Write(IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> forms, Stream output)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = new XlsxStyles();
            var strings = new XlsxSharedStrings();
            var names = new XlsxSheetNames();
            var sheets = new Sheets();
            for (var i = 0; i < forms.Count; i++)
            {
                var layout = FormLayoutBuilder.Build(forms[i].Form, forms[i].Template);
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = FormSheetWriter.Worksheet(layout, new XlsxGrid(styles, strings));
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = (uint)(i + 1), Name = names.Next((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), layout.Title) });
            }

            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
        }

        output.Write(buffer.ToArray());
    }
}
