using DeptBudget.Core.Model;
using DeptBudget.Core.Tables.Derivation;

namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// Key figures no standard table prints, read from the dataset. Each line is rounded to 0.01 万元 before summing,
/// as the derivation does (docs/decisions/0002-round-each-line.md).
/// </summary>
internal static class DatasetFigures
{
    /// <summary>
    /// 机关运行经费: 一般公共预算 公用经费 whose money goes to an administrative body — a 行政单位 or a 参照公务员法管理的
    /// 事业单位, or a line marked as such (<see cref="ExpenditureLine.Body"/>), this year's money and carry-over alike.
    /// </summary>
    public static decimal AgencyOperatingCosts(BudgetDataset dataset)
    {
        var kinds = dataset.Units.ToDictionary(u => u.Code, u => u.Kind.DefaultBodyKind(), StringComparer.Ordinal);
        return Sum(dataset.AmountUnit, dataset.Expenditures
            .Where(l => l.Kind == ExpenditureKind.Operating && l.Source == FundingSource.GeneralBudget)
            .Where(l => (l.Body ?? kinds.GetValueOrDefault(l.Unit, BodyKind.Administrative)) == BodyKind.Administrative)
            .Select(l => l.Amount));
    }

    public static decimal PurchasedServices(BudgetDataset dataset) =>
        Sum(dataset.AmountUnit, dataset.PurchasedServices.Select(s => s.Amount));

    /// <summary>政府采购 in 万元 (the lines are in 元), all or of one category.</summary>
    public static decimal Procurement(BudgetDataset dataset, ProcurementCategory? category = null) =>
        Sum(AmountUnit.Yuan, dataset.Procurement.Where(l => category is null || l.Category == category).Select(l => l.Amount));

    public static decimal ProcurementSme(BudgetDataset dataset) =>
        Sum(AmountUnit.Yuan, dataset.Procurement.Select(l => l.SmeAmount));

    /// <summary>Last year's “三公” figure, or null when the dataset has no “三公” line at all.</summary>
    public static decimal? ThreePublicLastYear(BudgetDataset dataset, Func<ThreePublicAmounts, decimal> item) =>
        dataset.ThreePublic.Count == 0 ? null : Sum(dataset.AmountUnit, dataset.ThreePublic.Select(l => item(l.LastYear)));

    private static decimal Sum(AmountUnit unit, IEnumerable<decimal> amounts) =>
        amounts.Sum(a => Amounts.Hundredths(unit, a)) / 100m;
}
