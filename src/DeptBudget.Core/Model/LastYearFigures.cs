namespace DeptBudget.Core.Model;

/// <summary>
/// Last year's published totals (上年预算数), for year-over-year sentences and 跨年 checks.
/// Null means "not given", which differs from zero.
/// </summary>
public sealed record LastYearFigures
{
    /// <summary>收入总计.</summary>
    public decimal? RevenueTotal { get; init; }

    /// <summary>支出总计.</summary>
    public decimal? ExpenditureTotal { get; init; }

    /// <summary>财政拨款收支.</summary>
    public decimal? FiscalAppropriation { get; init; }

    /// <summary>一般公共预算收支.</summary>
    public decimal? GeneralBudget { get; init; }

    /// <summary>政府性基金预算收支.</summary>
    public decimal? GovernmentFund { get; init; }

    /// <summary>国有资本经营预算收支.</summary>
    public decimal? StateCapital { get; init; }

    /// <summary>基本支出.</summary>
    public decimal? Basic { get; init; }

    /// <summary>项目支出.</summary>
    public decimal? Project { get; init; }

    /// <summary>人员经费.</summary>
    public decimal? Personnel { get; init; }

    /// <summary>公用经费.</summary>
    public decimal? Operating { get; init; }

    /// <summary>机关运行经费.</summary>
    public decimal? AgencyOperatingCosts { get; init; }

    /// <summary>政府采购预算.</summary>
    public decimal? Procurement { get; init; }

    /// <summary>政府购买服务.</summary>
    public decimal? PurchasedServices { get; init; }

    /// <summary>一般公共预算支出 by function 类 code ("201" → amount).</summary>
    public IReadOnlyDictionary<string, decimal> GeneralBudgetByClass { get; init; } = new Dictionary<string, decimal>();
}
