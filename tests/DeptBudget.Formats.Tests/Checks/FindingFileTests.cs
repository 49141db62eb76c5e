using System.Text;
using DeptBudget.Core.Checks;
using DeptBudget.Formats.Checks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Location = DeptBudget.Core.Checks.Location;

namespace DeptBudget.Formats.Tests.Checks;

public class FindingFileTests
{
    private static readonly CheckedDocument Document = new("江城区教育局", 2023, "hubei-2023", null, 30);

    private static readonly Finding[] Findings =
    [
        new()
        {
            Id = "total-over-600#1",
            RuleId = "total-over-600",
            Severity = Severity.Error,
            Location = new Location { TableId = "expenditure-summary", TableNumber = "附表4-3", RowLabel = "合计", ColumnLabel = "合计" },
            Stated = 1606.2m,
            Expected = 600m,
            Difference = 1006.2m,
            Message = "支出总表合计不超过 600 万元 <多>",
        },
        new()
        {
            Id = "three-public#1",
            RuleId = "three-public",
            Severity = Severity.Notice,
            Location = new Location { Section = "“三公”经费" },
            Message = "提示",
        },
    ];

    [Fact]
    public void Xlsx_has_the_findings_and_a_summary()
    {
        using var stream = new MemoryStream();
        FindingXlsx.Write(Findings, stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["审核结果", "汇总"], sheets.Select(s => s.Name!.Value!));

        var results = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet;
        var rows = results.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["编号", "规则", "严重程度", "位置", "填列数", "应为", "差额", "说明"], rows[0].Elements<Cell>().Select(Text));
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("total-over-600#1", Text(first[0]));
        Assert.Equal("错误", Text(first[2]));
        Assert.Equal("附表4-3 “合计”行 “合计”列", Text(first[3]));
        Assert.Equal("1606.2", first[4].CellValue!.Text);
        Assert.Equal("1006.2", first[6].CellValue!.Text);
        var money = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)first[4].StyleIndex!.Value);
        var format = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == money.NumberFormatId!.Value);
        Assert.Equal("#,##0.00", format.FormatCode!.Value);
        Assert.Null(rows[2].Elements<Cell>().ElementAt(4).CellValue);
        Assert.Equal("A1:H3", results.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Equal(PaneStateValues.Frozen, results.Descendants<Pane>().Single().State!.Value);

        var summary = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => string.Join("=", r.Elements<Cell>().Select(c => c.CellValue?.Text ?? Text(c)))).ToList();
        Assert.Contains("错误=1", summary);
        Assert.Contains("警告=0", summary);
        Assert.Contains("提示=1", summary);
        Assert.Contains("total-over-600=1", summary);
    }

    [Fact]
    public void Xlsx_summary_names_the_skipped_rules_in_one_line()
    {
        using var stream = new MemoryStream();
        FindingXlsx.Write(Findings, stream, [new SkippedRule("a", CheckRun.NoLastYear), new SkippedRule("b", CheckRun.NoLastYear)]);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "汇总");
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Select(Text).ToList();

        Assert.Equal("未运行 2 条规则（未提供上年数据：a、b）。", cells[^1]);
    }

    [Fact]
    public void Json_lists_the_skipped_rules_with_their_reason()
    {
        using var stream = new MemoryStream();
        FindingReport.WriteJson(Document with { Skipped = [new SkippedRule("a", CheckRun.NoLastYear)] }, Findings, stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"skipped\": [\n      {\n        \"rule\": \"a\",\n        \"reason\": \"未提供上年数据\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_a_page_with_the_findings()
    {
        using var stream = new MemoryStream();
        FindingHtml.Write(Document, Findings, stream);
        var html = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">应为</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">total-over-600#1</th>", html, StringComparison.Ordinal);
        Assert.Contains("1,606.20", html, StringComparison.Ordinal);
        Assert.Contains("&lt;多&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li>错误 1 处</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>提示 1 处</li>", html, StringComparison.Ordinal);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? string.Empty;
}
