namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// 一般公共预算支出 by function 类: the 财政拨款收支总表's 类 rows (一般公共预算 column) where it prints them, else the
/// 一般公共预算支出表's function rows of the highest printed level summed by 类; the latter first when asked (a 决算
/// narrative quotes the 一般公共预算财政拨款支出决算表).
/// </summary>
internal static class FunctionClasses
{
    public static IEnumerable<(string Code, string Label, decimal? Amount)> Read(TableFigures tables, bool preferGeneralBudgetTable)
    {
        var fiscal = preferGeneralBudgetTable && tables.Find(StandardTables.GeneralBudgetExpenditure) is not null ? null : tables.Find(StandardTables.FiscalSummary);
        if (fiscal is not null && fiscal.ValueColumns.Any(c => c.Key == "fiscalGeneralBudget"))
        {
            return fiscal.Rows
                .Where(r => r.CodeKind == RowCodeKind.Function && r.Code?.Length == 3)
                .Select(r => (r.Code!, PrintedLabels.WithoutNumbering(r.Label), (decimal?)(r["fiscalGeneralBudget"] ?? 0m)));
        }

        if (tables.Find(StandardTables.GeneralBudgetExpenditure) is not { } table)
        {
            return [];
        }

        var rows = table.Rows.Where(r => r.CodeKind == RowCodeKind.Function && r.Code is { Length: >= 3 }).ToList();
        var top = rows.Count == 0 ? 0 : rows.Min(r => r.Code!.Length);
        return rows.Where(r => r.Code!.Length == top)
            .GroupBy(r => r.Code![..3], StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Code!.Length == 3 ? PrintedLabels.WithoutNumbering(g.First().Label) : $"支出功能分类 {g.Key}", (decimal?)g.Sum(r => r["total"] ?? 0m)));
    }
}
