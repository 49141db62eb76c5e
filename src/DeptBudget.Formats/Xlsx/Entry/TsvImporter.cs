using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Formats.Xlsx.Entry.Sheets;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Reads expenditure lines pasted from Excel (the 支出明细 header and rows, tab-separated), either into an
/// existing dataset or, alone, with the minimal header of '#' lines (#预算年度, #金额单位, #部门, #单位)
/// described in docs/DATASET.md.
/// </summary>
internal static class TsvImporter
{
    public static (BudgetDataset Dataset, SourceMap Map) Read(string path, ImportProblems problems, BudgetDataset? into)
    {
        InputLimits.CheckFile(path, problems);
        var records = TsvText.Split(TsvText.Decode(File.ReadAllBytes(path), problems));
        var header = new TsvHeader(problems);
        var rows = new List<RawRow>();
        foreach (var (line, fields) in records)
        {
            if (fields[0].TrimStart().StartsWith('#'))
            {
                header.Add(line, fields);
            }
            else
            {
                rows.Add(new RawRow(line, [.. fields.Select(f => new RawCell(f, CellFlavor.Text, false))]));
            }
        }

        var map = new SourceMap();
        var lines = new ExpendituresSheet().Read(new RawSheet(null, false, rows, []), problems, map, into?.Expenditures.Count ?? 0);
        var dataset = into is null ? header.NewDataset() : header.Merge(into);
        problems.ThrowIfAny();
        map.AddTable(DatasetCollections.Units, SheetLayout.ForCell(null, 1, "#单位", "code"), header.UnitLines, dataset.Units.Count - header.UnitLines.Count);
        return (dataset with { Expenditures = [.. dataset.Expenditures, .. lines] }, map);
    }
}
