namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>What happened in the year (绩效监控 and 自评 data): budget execution and each indicator's actual values.</summary>
public sealed record Actuals
{
    /// <summary>The project of the form these actuals are for; empty when the form has one project or none.</summary>
    public string Project { get; init; } = "";

    public BudgetExecution? Budget { get; init; }

    public IReadOnlyList<IndicatorActual> Indicators { get; init; } = [];

    /// <summary>Further named inputs for the indicator library's formulas (上年数, 结转结余总额 …).</summary>
    public IReadOnlyDictionary<string, decimal> Inputs { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);
}

/// <summary>预算执行: 预算数, 1–7 月执行数, 全年执行数 (万元), and why execution fell short.</summary>
public sealed record BudgetExecution
{
    /// <summary>预算数 (年初预算 plus adjustments).</summary>
    public required decimal Planned { get; init; }

    /// <summary>1–7 月执行数.</summary>
    public decimal? MidYear { get; init; }

    /// <summary>全年执行数.</summary>
    public decimal? YearEnd { get; init; }

    /// <summary>偏差原因 when the year's execution is below 100%.</summary>
    public string Reason { get; init; } = "";
}

/// <summary>One indicator's actual values, found by its path in the form (一级/二级/三级).</summary>
public sealed record IndicatorActual
{
    /// <summary>"产出指标/数量指标/培训人次", or the 三级 name alone when it is unique.</summary>
    public required string Path { get; init; }

    /// <summary>1–7 月 value as written: "60人次", "96%", "基本达到".</summary>
    public string MidYear { get; init; } = "";

    /// <summary>全年 value as written.</summary>
    public string YearEnd { get; init; } = "";

    /// <summary>The indicator's weight (分值) when the form gives one; otherwise its group's weight is shared equally.</summary>
    public decimal? Weight { get; init; }

    /// <summary>偏差原因 and 改进措施.</summary>
    public string Reason { get; init; } = "";
}
