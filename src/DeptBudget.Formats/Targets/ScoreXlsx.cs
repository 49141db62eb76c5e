using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets.Evaluation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Targets;

/// <summary>A self-evaluation as a workbook: sheet 自评得分 (the score table, total, grade, rounding) and sheet 发现.</summary>
public static class ScoreXlsx
{
    public static void Write(ScoreSheet sheet, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());

        var scores = new List<Row> { Texts(ScoreReport.Headers) };
        foreach (var line in sheet.Lines)
        {
            var cells = ScoreReport.Cells(line);
            scores.Add(new Row(
                Text(cells[0]), Text(cells[1]), Text(cells[2]), Text(cells[3]), Number(CompletionRule.Round(line.Weight)),
                line.Completion.Percent is { } p ? Number(p) : Text(""), Text(cells[6]), Number(line.Score), Text(cells[8])));
        }

        scores.Add(new Row());
        scores.Add(new Row(Text("总分"), Number(sheet.Total)));
        scores.Add(Texts(["等级", sheet.Grade]));
        scores.Add(Texts(["计分办法", sheet.Method]));
        scores.Add(Texts(["计算口径", ScoreSheet.Rounding]));
        Add(workbook, "自评得分", scores);

        var findings = new List<Row> { Texts(["编号", "规则", "级别", "说明"]) };
        findings.AddRange(sheet.Findings.Select(f => Texts([f.Id, f.RuleId, f.Severity.Label(), f.Message])));
        Add(workbook, "发现", findings);
        workbook.Workbook.Save();
    }

    private static void Add(WorkbookPart workbook, string name, List<Row> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].RowIndex = (uint)i + 1;
        }

        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows));
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Row Texts(IEnumerable<string> texts) => new(texts.Select(Text));

    private static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static Cell Number(decimal value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };
}
