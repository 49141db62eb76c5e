using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Targets.Filling;

/// <summary>The figures a form takes from the budget: key figures by key, project amounts from the 项目支出表.</summary>
internal sealed class BudgetFigures(BudgetDataset dataset, Table keyFigures, IReadOnlyList<Table> tables)
{
    private readonly FigureBook figures = new(keyFigures);

    public BudgetDataset Dataset => dataset;

    /// <summary>The key figures (主要数据) as a table, which the library's inputs name.</summary>
    public Table KeyFigureTable => keyFigures;

    public decimal? ThisYear(string key) => figures.ThisYear(key);

    public decimal? LastYear(string key) => figures.LastYear(key);

    /// <summary>本年收入 by source key (generalBudget, specialAccount …) as the key figures hold them.</summary>
    public IEnumerable<(string Source, decimal Amount)> RevenueBySource() =>
        keyFigures.Rows.Where(r => r.Key.StartsWith("revenue:", StringComparison.Ordinal))
            .Select(r => (r.Key["revenue:".Length..], r[KeyFigures.ThisYear] ?? 0m));

    /// <summary>The project's amount as the 项目支出表 prints it; null when the table has no row for it.</summary>
    public decimal? ProjectAmount(string code) =>
        tables.FirstOrDefault(t => t.Id == StandardTables.Projects)?.FindRow("p:" + code)?["total"];
}
