using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// The rows of the key-figures table in print order. The level puts each part right under its whole, so that a
/// rule's <c>children</c> of a whole are exactly its parts. A final-accounts document adds its 财政拨款收入支出总计 and
/// 年末结转和结余 and reads some figures elsewhere (<see cref="FinalAccountsFigures"/>).
/// </summary>
internal sealed class KeyFigureList(TableFigures tables, BudgetDataset? dataset, DisclosureKind kind)
{
    private readonly bool finalAccounts = kind == DisclosureKind.FinalAccounts;
    private const string Summary = StandardTables.IncomeExpenditureSummary;
    private const string Fiscal = StandardTables.FiscalSummary;
    private readonly LastYearFigures? last = dataset?.LastYear;
    private readonly List<KeyFigure> figures = [];

    public IReadOnlyList<KeyFigure> Build()
    {
        Add("revenueTotal", "收入总计", 0, tables.Cell(Summary, "incomeTotal", "income"), last?.RevenueTotal, role: RowRole.Total);
        Add("expenditureTotal", "支出总计", 0, tables.Cell(Summary, "expenditureTotal", "expenditure"), last?.ExpenditureTotal, role: RowRole.Total);
        Add("revenueThisYear", "本年收入合计", 1, tables.Cell(Summary, "thisYearIncome", "income"), null, role: RowRole.Subtotal);
        foreach (var (key, label, amount) in RevenueSources.Read(tables))
        {
            AddOptional("revenue:" + key, label, 2, amount, null, "revenueThisYear");
        }

        Add("carryOver", "上年结转", 1, tables.Cell(Summary, "carryOverIncome", "income"), null);
        if (finalAccounts)
        {
            Add("yearEndBalance", "年末结转和结余", 1, FinalAccountsFigures.YearEndBalance(tables), null);
        }

        AddExpenditure();
        if (finalAccounts)
        {
            Add("fiscalTotal", "财政拨款收入支出总计", 1, FinalAccountsFigures.FiscalTotal(tables), null);
            Add("fiscalAppropriation", "财政拨款", 1, FinalAccountsFigures.FiscalIncome(tables), null);
        }
        else
        {
            Add("fiscalAppropriation", "财政拨款", 1, tables.Cell(Fiscal, "fiscal:expenditureTotal", "fiscalTotal") ?? tables.Cell(Fiscal, "fiscal:incomeTotal", "fiscalIncome"), last?.FiscalAppropriation);
        }

        Add("generalBudget", "一般公共预算", 1, tables.Cell(StandardTables.GeneralBudgetExpenditure, "total", "total") ?? FiscalColumn("fiscalGeneralBudget"), last?.GeneralBudget, role: RowRole.Subtotal);
        foreach (var (code, label, amount) in FunctionClasses.Read(tables, preferGeneralBudgetTable: finalAccounts))
        {
            decimal? lastYear = last is not null && last.GeneralBudgetByClass.TryGetValue(code, out var value) ? value : null;
            AddOptional("class:" + code, label, 2, amount, lastYear, "generalBudget", code);
        }

        foreach (var code in (last?.GeneralBudgetByClass.Keys ?? []).Where(c => figures.All(f => f.Key != "class:" + c)).Order(StringComparer.Ordinal))
        {
            AddOptional("class:" + code, $"支出功能分类 {code}", 2, 0m, last!.GeneralBudgetByClass[code], "generalBudget", code);
        }

        Add("governmentFund", "政府性基金", 1, tables.Cell(StandardTables.GovernmentFund, "total", "total") ?? FiscalColumn("fiscalGovernmentFund"), last?.GovernmentFund);
        Add("stateCapital", "国有资本经营", 1, tables.Cell(StandardTables.StateCapital, "total", "total") ?? FiscalColumn("fiscalStateCapital"), last?.StateCapital);
        AddThreePublic();
        Add("agencyOperatingCosts", "机关运行经费", 1, dataset is null ? null : DatasetFigures.AgencyOperatingCosts(dataset), last?.AgencyOperatingCosts);
        AddProcurement();
        Add("purchasedServices", "政府购买服务", 1, dataset is null ? null : DatasetFigures.PurchasedServices(dataset), last?.PurchasedServices);
        return figures;
    }

    private void AddExpenditure()
    {
        const string Expenditure = StandardTables.ExpenditureSummary;
        Add("expenditureThisYear", "本年支出合计", 1, tables.Cell(Summary, "thisYearExpenditure", "expenditure"), null, role: RowRole.Subtotal);
        Add("basic", "基本支出", 2, tables.Cell(Expenditure, "total", "basic"), last?.Basic, "expenditureThisYear", RowRole.Subtotal);
        Add("personnel", "人员经费", 3, BasicPart("personnel"), last?.Personnel, "basic");
        Add("operating", "公用经费", 3, BasicPart("operating"), last?.Operating, "basic");
        Add("project", "项目支出", 2, tables.Cell(Expenditure, "total", "project"), last?.Project, "expenditureThisYear");
    }

    /// <summary>
    /// 人员经费 / 公用经费 of every source where a table prints them (支出经济分类汇总表), else of 一般公共预算 as the
    /// 一般公共预算基本支出表 (or its 决算 sibling) prints them.
    /// </summary>
    private decimal? BasicPart(string column) =>
        tables.Cell(StandardTables.EconomicSummary, "total", column)
        ?? tables.Cell(StandardTables.ExpenditureSummary, "total", column)
        ?? tables.Cell(StandardTables.GeneralBudgetBasic, "total", column)
        ?? FinalAccountsFigures.BasicPart(tables, column);

    private void AddThreePublic()
    {
        const string Table = StandardTables.ThreePublic;
        decimal? Last(string column, Func<ThreePublicAmounts, decimal> item) =>
            tables.Cell(Table, "lastYear", column) ?? (dataset is null ? null : DatasetFigures.ThreePublicLastYear(dataset, item));
        Add("threePublic", "“三公”经费", 1, tables.Cell(Table, "thisYear", "total"), Last("total", a => a.Total), role: RowRole.Subtotal);
        Add("abroad", "因公出国（境）费", 2, tables.Cell(Table, "thisYear", "abroad"), Last("abroad", a => a.Abroad), "threePublic");
        Add("vehicles", "公务用车购置及运行费", 2, tables.Cell(Table, "thisYear", "vehicles"), Last("vehicles", a => a.Vehicles), "threePublic");
        Add("vehiclePurchase", "公务用车购置费", 3, tables.Cell(Table, "thisYear", "vehiclePurchase"), Last("vehiclePurchase", a => a.VehiclePurchase), "threePublic");
        Add("vehicleOperation", "公务用车运行维护费", 3, tables.Cell(Table, "thisYear", "vehicleOperation"), Last("vehicleOperation", a => a.VehicleOperation), "threePublic");
        Add("reception", "公务接待费", 2, tables.Cell(Table, "thisYear", "reception"), Last("reception", a => a.Reception), "threePublic");
    }

    /// <summary>政府采购 in 万元, from the 政府采购预算表 where the profile prints one, else from the dataset's lines.</summary>
    private void AddProcurement()
    {
        decimal? Figure(string column, Func<BudgetDataset, decimal> fromDataset) =>
            tables.Find(StandardTables.Procurement) is not null
                ? tables.Cell(StandardTables.Procurement, "total", column)
                : dataset is null ? null : fromDataset(dataset);
        Add("procurement", "政府采购", 1, Figure("amount", d => DatasetFigures.Procurement(d)), last?.Procurement, role: RowRole.Subtotal);
        Add("procurementGoods", "货物", 2, Figure("goods", d => DatasetFigures.Procurement(d, ProcurementCategory.Goods)), null, "procurement");
        Add("procurementWorks", "工程", 2, Figure("works", d => DatasetFigures.Procurement(d, ProcurementCategory.Works)), null, "procurement");
        Add("procurementServices", "服务", 2, Figure("services", d => DatasetFigures.Procurement(d, ProcurementCategory.Services)), null, "procurement");
        Add("procurementSme", "面向中小企业预留", 1, Figure("sme", DatasetFigures.ProcurementSme), null, "procurement");
    }

    private decimal? FiscalColumn(string column) => tables.Cell(Fiscal, "fiscal:thisYearExpenditure", column);

    private void Add(string key, string label, int level, decimal? thisYear, decimal? lastYear, string? shareOf = null, RowRole role = RowRole.Detail) =>
        figures.Add(new KeyFigure(key, label, level, thisYear, lastYear) { ShareOf = shareOf, Role = role });

    /// <summary>Rows of a varying set (revenue sources, function classes) are left out when they have no figure either year.</summary>
    private void AddOptional(string key, string label, int level, decimal? thisYear, decimal? lastYear, string shareOf, string? code = null)
    {
        if ((thisYear ?? 0m) != 0m || lastYear is not null)
        {
            figures.Add(new KeyFigure(key, label, level, thisYear, lastYear) { ShareOf = shareOf, FunctionCode = code });
        }
    }
}
