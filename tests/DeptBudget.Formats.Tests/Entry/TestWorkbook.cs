using DeptBudget.Core.Model;
using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tests.Entry;

/// <summary>
/// Makes a good entry workbook from <see cref="SampleDataset"/> and breaks it the way users do: text in
/// an amount, a formula, merged cells, a renamed sheet …. 支出明细 holds the sample's 7 lines in rows 2–8.
/// </summary>
internal static class TestWorkbook
{
    public static string Good(TempDir dir, string name = "预算.xlsx", BudgetDataset? dataset = null)
    {
        var path = dir.File(name);
        DatasetWorkbook.Write(dataset ?? SampleDataset.Valid(), TestClassifications.Build(), path);
        return path;
    }

    public static void SetText(string path, string sheet, string reference, string text) =>
        Edit(path, sheet, data => Put(data, reference, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) }));

    public static void SetNumber(string path, string sheet, string reference, string number) =>
        Edit(path, sheet, data => Put(data, reference, new Cell { CellValue = new CellValue(number) }));

    public static void SetFormula(string path, string sheet, string reference, string formula, string cached) =>
        Edit(path, sheet, data => Put(data, reference, new Cell { CellFormula = new CellFormula(formula), CellValue = new CellValue(cached) }));

    /// <summary>Appends a copy of a row at the end of the sheet.</summary>
    public static void CopyRowToEnd(string path, string sheet, int row) => Edit(path, sheet, data =>
    {
        var rows = data.Elements<Row>().ToList();
        var last = (uint)rows.Max(r => r.RowIndex!.Value) + 1;
        var copy = (Row)rows.Single(r => r.RowIndex!.Value == row).CloneNode(true);
        copy.RowIndex = last;
        foreach (var cell in copy.Elements<Cell>())
        {
            cell.CellReference = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()) + last;
        }

        data.Append(copy);
    });

    public static void Merge(string path, string sheet, string range) => Edit(path, sheet, data =>
    {
        var worksheet = (Worksheet)data.Parent!;
        var merges = new MergeCells(new MergeCell { Reference = range }) { Count = 1 };
        worksheet.InsertAfter(merges, data);
    });

    public static void RenameSheet(string path, string from, string to)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == from).Name = to;
    }

    private static void Edit(string path, string sheet, Action<SheetData> edit)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var workbook = doc.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(id);
        edit(part.Worksheet.GetFirstChild<SheetData>()!);
        part.Worksheet.Save();
    }

    private static void Put(SheetData data, string reference, Cell cell)
    {
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        cell.CellReference = reference;
        var row = data.Elements<Row>().Single(r => r.RowIndex!.Value == rowIndex);
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (existing is not null)
        {
            row.ReplaceChild(cell, existing);
            return;
        }

        var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(Column(c.CellReference!), Column(reference)) < 0
            && Column(c.CellReference!).Length <= Column(reference).Length);
        row.InsertAfter(cell, after);
    }

    private static string Column(StringValue reference) => new(reference.Value!.TakeWhile(char.IsLetter).ToArray());
}
