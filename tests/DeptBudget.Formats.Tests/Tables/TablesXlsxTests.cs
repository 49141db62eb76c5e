using DeptBudget.Formats.Tables;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace DeptBudget.Formats.Tests.Tables;

public sealed class TablesXlsxTests : IDisposable
{
    private readonly SpreadsheetDocument document =
        SpreadsheetDocument.Open(new MemoryStream(TablesXlsx.Write(TestTables.All)), false);

    private WorkbookPart Workbook => document.WorkbookPart!;

    private XlsxStyleText Styles => new(Workbook.WorkbookStylesPart!.Stylesheet);

    public void Dispose() => document.Dispose();

    [Fact]
    public void Write_OneSheetPerTable_NamedByNumberAndShortTitle()
    {
        var names = Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();

        Assert.Equal(["预算01表 部门收支预算表", "预算03表 部门支出预算表", "预算09表 政府性基金支出预算表", "附表4-12 政府采购预算表"], names);
    }

    [Fact]
    public void Write_HeaderCellsAreMergedAsTheHeaderLayoutSays()
    {
        var merges = Merges(1);

        Assert.Contains("A2:N2", merges);
        Assert.Contains("A5:C5", merges);
        Assert.Contains("G5:K5", merges);
        Assert.Contains("F5:F7", merges);
        Assert.Contains("H6:I6", merges);
        Assert.Contains("A5:B5", Merges(0));
        Assert.Contains("C5:D5", Merges(0));
    }

    [Fact]
    public void Write_TitleIsBoldAndMergedAcrossTheTable()
    {
        var title = Cell(1, "A2");

        Assert.Equal("2022年部门支出预算表", Text(title));
        Assert.True(Styles.IsBold(title.StyleIndex!.Value));
        Assert.Equal("单位：万元", Text(Cell(1, "N4")));
    }

    [Fact]
    public void Write_FiguresAreNumbersWithTwoDecimalFormat_CodesAreText()
    {
        var figure = Cell(1, "F12");
        var code = Cell(1, "B12");

        Assert.Null(figure.DataType);
        Assert.Equal("368.80", figure.CellValue!.Text);
        Assert.Equal("#,##0.00", Styles.NumberFormat(figure.StyleIndex!.Value));
        Assert.Equal(CellValues.SharedString, code.DataType!.Value);
        Assert.Equal("03", Text(code));
        Assert.Equal("@", Styles.NumberFormat(code.StyleIndex!.Value));
    }

    [Fact]
    public void Write_FiguresWithMoreDecimals_AreRoundedHalfAwayFromZero() =>
        Assert.Equal("1052600.13", Cell(3, "C9").CellValue!.Text);

    [Fact]
    public void Write_LabelsAreIndentedByLevel()
    {
        Assert.Null(Styles.Format(Cell(1, "E10").StyleIndex!.Value).Alignment!.Indent);
        Assert.Equal(1U, Styles.Format(Cell(1, "E11").StyleIndex!.Value).Alignment!.Indent!.Value);
        Assert.Equal(2U, Styles.Format(Cell(1, "E12").StyleIndex!.Value).Alignment!.Indent!.Value);
    }

    [Fact]
    public void Write_FreezesThePaneBelowTheHeader()
    {
        var pane = Sheet(1).GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;

        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(7D, pane.VerticalSplit!.Value);
        Assert.Equal("A8", pane.TopLeftCell!.Value);
    }

    [Fact]
    public void Write_PrintTitlesRepeatTheHeaderRowsOfEachSheet()
    {
        var titles = Workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToList();

        Assert.All(titles, t => Assert.Equal("_xlnm.Print_Titles", t.Name!.Value));
        Assert.Equal("'预算03表 部门支出预算表'!$5:$7", titles.Single(t => t.LocalSheetId!.Value == 1).Text);
        Assert.Equal(4, titles.Count);
    }

    [Fact]
    public void Write_PrintSetup_A4OnePageWide_LandscapeWhenWide()
    {
        var wide = Sheet(1).GetFirstChild<PageSetup>()!;
        var narrow = Sheet(0).GetFirstChild<PageSetup>()!;

        Assert.Equal((9U, 1U, 0U), (wide.PaperSize!.Value, wide.FitToWidth!.Value, wide.FitToHeight!.Value));
        Assert.Equal(OrientationValues.Landscape, wide.Orientation!.Value);
        Assert.Equal(OrientationValues.Portrait, narrow.Orientation!.Value);
        Assert.True(Sheet(1).SheetProperties!.PageSetupProperties!.FitToPage!.Value);
        Assert.NotNull(Sheet(1).GetFirstChild<PageMargins>());
    }

    [Fact]
    public void Write_NotesFollowTheTableMergedAndWrapped()
    {
        Assert.Equal("说明：本单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。", Text(Cell(2, "A9")));
        Assert.Contains("A9:G9", Merges(2));
        Assert.True(Styles.Format(Cell(2, "A9").StyleIndex!.Value).Alignment!.WrapText!.Value);
    }

    [Fact]
    public void Write_IsReadableByMiniExcel()
    {
        using var stream = new MemoryStream(TablesXlsx.Write(TestTables.All));
        var rows = stream.Query(sheetName: "预算03表 部门支出预算表").Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal("行政运行", rows[11]["E"]);
        Assert.Equal(368.80m, Convert.ToDecimal(rows[11]["F"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("01", rows[11]["C"]);
    }

    private Worksheet Sheet(int index)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(index);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private List<string> Merges(int sheet) =>
        Sheet(sheet).GetFirstChild<MergeCells>()!.Elements<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    private Cell Cell(int sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    private string Text(Cell cell) =>
        Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
            .ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
}
