namespace DeptBudget.Core.Tables;

/// <summary>The stable ids of the standard disclosure tables (DOMAIN §4, tables 1–12).</summary>
public static class StandardTables
{
    /// <summary>1 部门收支总表.</summary>
    public const string IncomeExpenditureSummary = "income-expenditure-summary";

    /// <summary>2 部门收入总表.</summary>
    public const string IncomeSummary = "income-summary";

    /// <summary>3 部门支出总表.</summary>
    public const string ExpenditureSummary = "expenditure-summary";

    /// <summary>4 财政拨款收支总表.</summary>
    public const string FiscalSummary = "fiscal-summary";

    /// <summary>5 一般公共预算支出表.</summary>
    public const string GeneralBudgetExpenditure = "general-budget-expenditure";

    /// <summary>6 一般公共预算基本支出表.</summary>
    public const string GeneralBudgetBasic = "general-budget-basic";

    /// <summary>7 支出经济分类汇总表.</summary>
    public const string EconomicSummary = "economic-summary";

    /// <summary>8 一般公共预算“三公”经费支出表.</summary>
    public const string ThreePublic = "three-public";

    /// <summary>9 政府性基金预算支出表.</summary>
    public const string GovernmentFund = "government-fund";

    /// <summary>10 国有资本经营预算支出表.</summary>
    public const string StateCapital = "state-capital";

    /// <summary>11 项目支出表.</summary>
    public const string Projects = "projects";

    /// <summary>12 政府采购预算表.</summary>
    public const string Procurement = "procurement";

    /// <summary>
    /// 主要数据: the figures the narrative quotes, derived from the tables (Tables/Figures). Not a published
    /// table, so not in <see cref="All"/>.
    /// </summary>
    public const string KeyFigures = "key-figures";

    public static readonly IReadOnlyList<string> All =
    [
        IncomeExpenditureSummary, IncomeSummary, ExpenditureSummary, FiscalSummary, GeneralBudgetExpenditure,
        GeneralBudgetBasic, EconomicSummary, ThreePublic, GovernmentFund, StateCapital, Projects, Procurement,
    ];
}
