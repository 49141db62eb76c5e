namespace DeptBudget.Core.Model;

/// <summary>A revenue line: one unit's income from one source (本年 or 上年结转结余).</summary>
public sealed record RevenueLine
{
    public required string Unit { get; init; }

    public FundingSource Source { get; init; }

    /// <summary>True for 上年结转结余 (carry-over from last year).</summary>
    public bool CarryOver { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>
/// One expenditure line item: unit × 功能分类 项 × 经济分类 款 × kind × funding source → amount.
/// </summary>
public sealed record ExpenditureLine
{
    public required string Unit { get; init; }

    /// <summary>支出功能分类 at 项 level (7 digits).</summary>
    public FunctionCode Function { get; init; }

    /// <summary>部门预算支出经济分类 at 款 level (5 digits).</summary>
    public EconomicCode Economic { get; init; }

    public ExpenditureKind Kind { get; init; }

    public FundingSource Source { get; init; }

    /// <summary>Paid from last year's carry-over (上年结转) of <see cref="Source"/>.</summary>
    public bool CarryOver { get; init; }

    /// <summary>项目编码, required when <see cref="Kind"/> is <see cref="ExpenditureKind.Project"/>.</summary>
    public string? Project { get; init; }

    /// <summary>The kind of body the money goes to, when it differs from the unit's kind (e.g. 事业运行 in an administrative unit).</summary>
    public BodyKind? Body { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>项目库 entry.</summary>
public sealed record Project
{
    /// <summary>项目编码 (often 21 digits).</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public ProjectCategory Category { get; init; }

    public ProjectRecurrence Recurrence { get; init; }

    /// <summary>项目总预算 (all years).</summary>
    public decimal? TotalBudget { get; init; }

    /// <summary>主要支出方向和用途.</summary>
    public string? Purpose { get; init; }
}

/// <summary>"三公"经费 of one unit: this year and last year.</summary>
public sealed record ThreePublicLine
{
    public required string Unit { get; init; }

    public ThreePublicAmounts ThisYear { get; init; } = new();

    public ThreePublicAmounts LastYear { get; init; } = new();
}

public sealed record ThreePublicAmounts
{
    /// <summary>因公出国（境）费.</summary>
    public decimal Abroad { get; init; }

    /// <summary>公务用车购置费.</summary>
    public decimal VehiclePurchase { get; init; }

    /// <summary>公务用车运行维护费.</summary>
    public decimal VehicleOperation { get; init; }

    /// <summary>公务接待费.</summary>
    public decimal Reception { get; init; }

    /// <summary>公务用车购置及运行费.</summary>
    public decimal Vehicles => VehiclePurchase + VehicleOperation;

    public decimal Total => Abroad + Vehicles + Reception;
}

/// <summary>政府采购预算 line; all amounts in 元.</summary>
public sealed record ProcurementLine
{
    public required string Unit { get; init; }

    /// <summary>项目编码, if bought for a project.</summary>
    public string? Project { get; init; }

    /// <summary>Free project or purchase name as printed (采购项目名称).</summary>
    public string? Name { get; init; }

    /// <summary>品目编码, e.g. "A02010105"; its first letter gives 货物/工程/服务.</summary>
    public required string ItemCode { get; init; }

    /// <summary>品目名称, e.g. "台式计算机".</summary>
    public required string ItemName { get; init; }

    public FunctionCode? Function { get; init; }

    public EconomicCode? Economic { get; init; }

    public decimal Quantity { get; init; }

    /// <summary>单价 (元).</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>金额 (元).</summary>
    public decimal Amount { get; init; }

    /// <summary>面向中小企业预留金额 (元).</summary>
    public decimal SmeAmount { get; init; }

    /// <summary>其中：面向小微企业 (元).</summary>
    public decimal MicroAmount { get; init; }

    public ProcurementCategory? Category => char.ToUpperInvariant(ItemCode.TrimStart('[').FirstOrDefault()) switch
    {
        'A' => ProcurementCategory.Goods,
        'B' => ProcurementCategory.Works,
        'C' => ProcurementCategory.Services,
        _ => null,
    };
}

/// <summary>政府购买服务 line.</summary>
public sealed record PurchasedService
{
    public required string Unit { get; init; }

    public string? Project { get; init; }

    public required string Name { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>专项转移支付 managed by the department.</summary>
public sealed record SpecialTransfer
{
    public required string Name { get; init; }

    public decimal Amount { get; init; }
}
