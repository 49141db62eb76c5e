using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Tables.Xlsx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Names = DeptBudget.Formats.Targets.Xlsx.ActualsSheet;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// The blank actuals workbook of a form (<see cref="ActualsSheet"/>): the project, its 预算数, and every indicator to be
/// scored with its target, so nobody types the layout. Value cells are text cells, so that “99.5%” stays as written
/// instead of Excel turning it into 0.995. <see cref="ActualsXlsxReader"/> reads it back.
/// </summary>
public static class ActualsXlsx
{
    private static readonly XlsxStyle Title = new(Bold: true, FontSize: 14, Align: XlsxAlign.Center);
    private static readonly XlsxStyle Label = new(Bold: true, Align: XlsxAlign.Left);
    private static readonly XlsxStyle Plain = new(Align: XlsxAlign.Left, NumberFormat: XlsxStyle.TextFormat);
    private static readonly XlsxStyle Note = new(Align: XlsxAlign.Left, Wrap: true);
    private static readonly XlsxStyle Heading = new(Bold: true, FontSize: 12, Align: XlsxAlign.Left);
    private static readonly XlsxStyle Head = new(Bold: true, Border: true, Align: XlsxAlign.Center, Wrap: true);
    private static readonly XlsxStyle Given = new(Border: true, Align: XlsxAlign.Left, Wrap: true, NumberFormat: XlsxStyle.TextFormat);
    private static readonly XlsxStyle Entry = new(Border: true, Align: XlsxAlign.Left, Wrap: true, NumberFormat: XlsxStyle.TextFormat);
    private static readonly XlsxStyle Money = new(Border: true, Align: XlsxAlign.Right, NumberFormat: XlsxStyle.MoneyFormat);

    /// <param name="project">The project whose indicators are scored (name or code); empty for the form's only project or a department form's annual goal.</param>
    /// <exception cref="ArgumentException">The project is not in the form (message in Chinese).</exception>
    public static void WriteTemplate(PerformanceForm form, string project, Stream output)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(output);
        var indicators = IndicatorSelection.Of(form, project);
        var withIndicators = form.Projects.Where(p => p.Indicators.Count > 0).ToList();
        project = project.Length == 0 && withIndicators is [var only] ? only.Name : project;
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = new XlsxStyles();
            var strings = new XlsxSharedStrings();
            var grid = new XlsxGrid(styles, strings);
            var width = Names.IndicatorColumns.Count;
            grid.Text(1, 1, $"{form.Title}（{(project.Length > 0 ? project : form.Header.Department)}）实际完成情况", Title);
            grid.Merge(1, 1, 1, width, Title);
            grid.Height(1, 26);
            grid.Text(2, 1, Names.Project, Label);
            grid.Text(2, 2, project, Plain);
            grid.Text(3, 1, Names.Note, Note);
            grid.Merge(3, 1, 1, width, Note);
            grid.Height(3, 44);

            Header(grid, 5, Names.BudgetHeading, Names.BudgetColumns, width);
            grid.Number(7, 1, Planned(form, project), Money);
            grid.Number(7, 2, null, Money);
            grid.Number(7, 3, null, Money);
            grid.Text(7, 4, "", Entry);

            Header(grid, 9, Names.IndicatorHeading, Names.IndicatorColumns, width);
            var row = 11;
            foreach (var indicator in indicators)
            {
                string[] given = [indicator.Level1, indicator.Level2, indicator.Level3, indicator.Target.Text];
                for (var c = 0; c < width; c++)
                {
                    grid.Text(row, c + 1, c < given.Length ? given[c] : "", c < given.Length ? Given : Entry);
                }

                row++;
            }

            Header(grid, row + 1, Names.InputHeading, Names.InputColumns, width);
            for (var r = row + 3; r < row + 3 + Names.InputRows; r++)
            {
                grid.Text(r, 1, "", Entry);
                grid.Number(r, 2, null, Money);
            }

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(new OpenXmlElement?[]
            {
                XlsxSheetSetup.Properties(), XlsxSheetSetup.Format(), Columns(width), grid.Build(), XlsxSheetSetup.Merges(grid),
                XlsxSheetSetup.PrintOptions(), XlsxSheetSetup.Margins(),
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 }, XlsxSheetSetup.Footer(),
            }.OfType<OpenXmlElement>());
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = Names.Name }));
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
        }

        output.Write(buffer.ToArray());
    }

    private static void Header(XlsxGrid grid, int row, string heading, IReadOnlyList<string> columns, int width)
    {
        grid.Text(row, 1, heading, Heading);
        grid.Merge(row, 1, 1, width, Heading);
        for (var c = 0; c < columns.Count; c++)
        {
            grid.Text(row + 1, c + 1, columns[c], Head);
        }
    }

    /// <summary>预算数 as the form gives it: the project's annual budget, else the department's expenditure total.</summary>
    private static decimal? Planned(PerformanceForm form, string project)
    {
        var chosen = project.Length > 0 ? form.Projects.FirstOrDefault(p => p.Name == project || p.Code == project) : null;
        return chosen is not null ? chosen.AnnualBudget : form.Money?.ExpenditureTotal?.Amount;
    }

    /// <summary>Names and targets narrow enough to print, values and reasons wide.</summary>
    private static Columns Columns(int width) =>
        new(Enumerable.Range(1, width).Select(i => new Column { Min = (uint)i, Max = (uint)i, Width = i switch { 3 => 30, 4 or 5 or 6 => 16, 7 => 12, 8 => 40, _ => 16 }, CustomWidth = true }));
}
