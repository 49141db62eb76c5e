using System.Globalization;
using DeptBudget.Core.Checks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Checks;

/// <summary>
/// Writes findings as a workbook: sheet 审核结果 (one row per finding, frozen header, autofilter, amounts as
/// #,##0.00) and sheet 汇总 (counts by severity and by rule).
/// </summary>
public static class FindingXlsx
{
    private const uint Header = 1;
    private const uint Money = 2;

    /// <param name="skipped">Rules not run; sheet 汇总 says so in one line.</param>
    public static void Write(IReadOnlyList<Finding> findings, Stream stream, IReadOnlyList<SkippedRule>? skipped = null)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        var rows = new List<Row> { TextRow(1, FindingColumns.Headers, Header) };
        foreach (var f in findings)
        {
            var row = TextRow((uint)rows.Count + 1, [f.Id, f.RuleId, f.Severity.Label(), f.Location.Describe()], 0);
            row.Append(NumberCell(f.Stated), NumberCell(f.Expected), NumberCell(f.Difference), TextCell(f.Message, 0));
            rows.Add(row);
        }

        var last = (uint)rows.Count;
        AddSheet(workbook, "审核结果", rows, sheetView: true, filter: $"A1:H{last.ToString(CultureInfo.InvariantCulture)}");

        var summary = new List<Row> { TextRow(1, ["严重程度", "处数"], Header) };
        foreach (var severity in Enum.GetValues<Severity>())
        {
            summary.Add(CountRow((uint)summary.Count + 1, severity.Label(), findings.Count(f => f.Severity == severity)));
        }

        summary.Add(new Row { RowIndex = (uint)summary.Count + 1 });
        summary.Add(TextRow((uint)summary.Count + 1, ["规则", "处数"], Header));
        foreach (var rule in findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            summary.Add(CountRow((uint)summary.Count + 1, rule.Key, rule.Count()));
        }

        if (SkippedRules.Describe(skipped ?? []) is { } line)
        {
            summary.Add(new Row { RowIndex = (uint)summary.Count + 1 });
            summary.Add(TextRow((uint)summary.Count + 1, [line], 0));
        }

        AddSheet(workbook, "汇总", summary, sheetView: false, filter: null);
        workbook.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbook, string name, List<Row> rows, bool sheetView, string? filter)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        if (sheetView)
        {
            var pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
            worksheet.Append(new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }));
        }

        worksheet.Append(new Columns(
            new Column { Min = 1, Max = 2, Width = 28, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 10, CustomWidth = true },
            new Column { Min = 4, Max = 4, Width = 40, CustomWidth = true },
            new Column { Min = 5, Max = 7, Width = 14, CustomWidth = true },
            new Column { Min = 8, Max = 8, Width = 80, CustomWidth = true }));
        worksheet.Append(new SheetData(rows));
        if (filter is not null)
        {
            worksheet.Append(new AutoFilter { Reference = filter });
        }

        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        var id = (uint)sheets.ChildElements.Count + 1;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        if (filter is not null)
        {
            workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{name}'!$A$1:$H${rows.Count.ToString(CultureInfo.InvariantCulture)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = id - 1,
                Hidden = true,
            }));
        }
    }

    private static Row TextRow(uint index, IEnumerable<string> texts, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var text in texts)
        {
            row.Append(TextCell(text, style));
        }

        return row;
    }

    private static Row CountRow(uint index, string label, int count) =>
        new(TextCell(label, 0), new Cell { DataType = CellValues.Number, CellValue = new CellValue(count) }) { RowIndex = index };

    private static Cell TextCell(string text, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style };

    private static Cell NumberCell(decimal? value) => value is { } v
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v), StyleIndex = Money }
        : new Cell { StyleIndex = Money };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 3 });
}
