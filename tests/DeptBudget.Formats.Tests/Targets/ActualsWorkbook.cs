using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>Fills an actuals workbook as a person would, with OpenXml directly (not through our writer or reader).</summary>
internal sealed class ActualsWorkbook : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly Worksheet sheet;
    private readonly string[] strings;

    public ActualsWorkbook(string path)
    {
        document = SpreadsheetDocument.Open(path, true);
        sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        strings = document.WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
    }

    /// <summary>The row whose cell in column <paramref name="column"/> (A, B …) reads <paramref name="text"/>.</summary>
    public int RowOf(string column, string text) =>
        sheet.Descendants<Cell>().Where(c => Column(c) == column && Text(c) == text).Select(Row).First();

    public void SetText(string reference, string text)
    {
        var cell = CellAt(reference);
        cell.DataType = CellValues.InlineString;
        cell.CellValue = null;
        cell.InlineString = new InlineString(new Text(text));
    }

    public void SetNumber(string reference, decimal value)
    {
        var cell = CellAt(reference);
        cell.DataType = null;
        cell.InlineString = null;
        cell.CellValue = new CellValue(value);
    }

    public void Dispose() => document.Dispose();

    private Cell CellAt(string reference) => sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference)
        ?? throw new InvalidOperationException($"no cell {reference} in the template");

    private string Text(Cell cell) => cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText;

    private static string Column(Cell cell) => new(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

    private static int Row(Cell cell) => int.Parse(cell.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray(), System.Globalization.CultureInfo.InvariantCulture);
}
