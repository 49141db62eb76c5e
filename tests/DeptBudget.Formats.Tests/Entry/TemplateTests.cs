using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace DeptBudget.Formats.Tests.Entry;

public class TemplateTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly SpreadsheetDocument document;

    public TemplateTests()
    {
        var path = dir.File("模板.xlsx");
        DatasetWorkbook.WriteTemplate(TestClassifications.Build(), path);
        document = SpreadsheetDocument.Open(path, false);
    }

    public void Dispose()
    {
        document.Dispose();
        dir.Dispose();
    }

    [Fact]
    public void Template_IsAValidSpreadsheet() => Assert.Empty(new OpenXmlValidator().Validate(document));

    [Fact]
    public void Template_HasInstructionsEveryPartAndAHiddenCodeSheet()
    {
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(
            ["填报说明", "部门信息", "职责和机构", "单位信息", "收入", "支出明细", "项目", "三公经费", "政府采购", "政府购买服务", "车辆", "专项转移支付", "上年数及原因", "代码表"],
            sheets.Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.Hidden, sheets[^1].State!.Value);
    }

    [Fact]
    public void ExpenditureSheet_HasHeadersFrozenRowWidthsAndAmountFormat()
    {
        var sheet = Worksheet("支出明细");
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.Width!.Value > 5));
        var amountColumn = sheet.Descendants<Column>().Last();
        var format = (CellFormat)document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)amountColumn.Style!.Value);
        var numFmt = document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value);
        Assert.Equal("#,##0.00", numFmt.FormatCode!.Value);
    }

    [Fact]
    public void ExpenditureSheet_OffersDropDownsFedFromTheCodeSheet()
    {
        var validations = Worksheet("支出明细").Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText![..1]);
        Assert.Equal("'代码表'!$A$2:$A$8", validations["B"].Formula1!.Text);
        Assert.Equal(DataValidationErrorStyleValues.Warning, validations["B"].ErrorStyle!.Value);
        Assert.Equal(DataValidationErrorStyleValues.Stop, validations["D"].ErrorStyle!.Value);
        Assert.Equal("'单位信息'!$A$2:$A$5000", validations["A"].Formula1!.Text);
    }

    [Fact]
    public void CodeSheet_ListsItemLevelCodesWithTheirNames()
    {
        var part = Part("代码表");
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var columnA = part.Worksheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('A'))
            .Select(c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]).ToList();
        Assert.Equal(["2022年支出功能分类（项）", "2010301 行政运行", "2010302 一般行政管理事务", "2010350 事业运行", "2050101 行政运行", "2080501 行政单位离退休", "2080505 机关事业单位基本养老保险缴费支出", "2120899 其他国有土地使用权出让收入安排的支出"], columnA);
    }

    private Worksheet Worksheet(string name) => Part(name).Worksheet;

    private WorksheetPart Part(string name)
    {
        var workbook = document.WorkbookPart!;
        return (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!);
    }
}
