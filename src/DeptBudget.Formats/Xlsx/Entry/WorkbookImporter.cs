using DeptBudget.Core.Model;
using DeptBudget.Formats.Xlsx.Entry.Sheets;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Reads a filled entry workbook into a dataset (not yet validated) and the map of where each value came from.</summary>
internal static class WorkbookImporter
{
    public static (BudgetDataset Dataset, SourceMap Map) Read(string path, ImportProblems problems)
    {
        using var workbook = XlsxWorkbook.Open(path, problems);
        var sheets = new EntrySheets();
        var found = string.Join("、", workbook.Names.Select(n => $"“{n}”"));
        foreach (var missing in sheets.RequiredNames.Where(n => !workbook.Has(n)))
        {
            problems.Error(new SourcePlace(missing),
                $"缺少此工作表（工作簿中现有：{found}）。请使用 deptbudget template 生成的模板，不要删除或改名工作表。");
        }

        problems.ThrowIfAny();
        foreach (var extra in workbook.Names.Except([.. sheets.RequiredNames, InstructionsSheet.Name, EntryLists.SheetName]))
        {
            problems.Warning(new SourcePlace(extra), "不是模板中的工作表，导入时忽略。");
        }

        var map = new SourceMap();
        var info = DepartmentSheetReader.Read(workbook.Read(DepartmentSheet.Name), problems, map);
        List<TItem> Table<TItem>(TableSheet<TItem> sheet) => sheet.Read(workbook.Read(sheet.Name), problems, map);
        var duties = Table(sheets.Duties);
        var units = Table(sheets.Units);
        var revenues = Table(sheets.Revenues);
        var expenditures = Table(sheets.Expenditures);
        var projects = Table(sheets.Projects);
        var threePublic = Table(sheets.ThreePublic);
        var procurement = Table(sheets.Procurement);
        var services = Table(sheets.PurchasedServices);
        var vehicles = Table(sheets.Vehicles);
        var transfers = Table(sheets.SpecialTransfers);
        var lastYearRows = Table(sheets.LastYear);
        problems.ThrowIfAny();
        var (lastYear, reasons) = LastYearSheet.Fold(lastYearRows, map, problems);
        problems.ThrowIfAny();

        var dataset = new BudgetDataset
        {
            Profile = info.Profile,
            Year = info.Year,
            AmountUnit = info.AmountUnit,
            Department = info.Department with
            {
                Functions = [.. duties.Where(d => !d.IsOffice).Select(d => d.Text)],
                Offices = [.. duties.Where(d => d.IsOffice).Select(d => d.Text)],
            },
            Units = units,
            Revenues = revenues,
            Expenditures = expenditures,
            Projects = projects,
            ThreePublic = threePublic,
            Procurement = procurement,
            PurchasedServices = services,
            Assets = vehicles.Count == 0 ? info.Assets : (info.Assets ?? new AssetHoldings()) with { Vehicles = vehicles },
            SpecialTransfers = transfers,
            LastYear = lastYear,
            Reasons = reasons,
        };
        return (dataset, map);
    }
}
