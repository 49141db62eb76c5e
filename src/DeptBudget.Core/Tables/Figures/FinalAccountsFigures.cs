namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// Where a final-accounts (决算) document prints the key figures its narrative quotes, when that is not where a budget
/// prints them. Its 财政拨款收入 is the year's income of the 财政拨款收入支出决算总表, apart from the 总计 that adds the
/// balances carried in; its narrative quotes the 一般公共预算 classes as the 一般公共预算财政拨款支出决算表 prints them
/// (a class there may differ by a rounding cent from the 总表's); 人员经费 and 公用经费 are the 合计 rows of the
/// 基本支出决算表.
/// </summary>
internal static class FinalAccountsFigures
{
    /// <summary>本年财政拨款收入.</summary>
    public static decimal? FiscalIncome(TableFigures tables) =>
        tables.Cell(StandardTables.FiscalSummary, "fiscal:thisYear", "fiscalIncome");

    /// <summary>财政拨款收入支出总计: the year's income with the balances carried in (= 支出 with the balances carried out).</summary>
    public static decimal? FiscalTotal(TableFigures tables) =>
        tables.Cell(StandardTables.FiscalSummary, "fiscal:incomeTotal", "fiscalIncome")
        ?? tables.Cell(StandardTables.FiscalSummary, "fiscal:expenditureTotal", "fiscalTotal");

    /// <summary>年末结转和结余 of the 收入支出决算总表.</summary>
    public static decimal? YearEndBalance(TableFigures tables) =>
        tables.Cell(StandardTables.IncomeExpenditureSummary, "yearEndBalance", "expenditure");

    /// <summary>人员经费合计 or 公用经费合计 of the 一般公共预算财政拨款基本支出决算表.</summary>
    public static decimal? BasicPart(TableFigures tables, string column) =>
        tables.Cell(StandardTables.GeneralBudgetBasic, column + "Total", column);
}
