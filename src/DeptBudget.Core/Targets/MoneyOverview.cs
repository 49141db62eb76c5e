namespace DeptBudget.Core.Targets;

/// <summary>One line of a form's money overview (部门总体资金情况, 预算情况), in 万元.</summary>
public sealed record MoneyLine
{
    public required string Label { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>占比 in percent as printed (96 for "96%").</summary>
    public decimal? Share { get; init; }

    /// <summary>The two previous years' amounts, in the order of <see cref="MoneyOverview.PreviousYears"/>.</summary>
    public IReadOnlyList<decimal?> Previous { get; init; } = [];

    public required CellSource Source { get; init; }
}

/// <summary>Income (收入构成 / 资金来源) and expenditure (支出构成 / 资金结构) with their totals.</summary>
public sealed record MoneyOverview
{
    public IReadOnlyList<MoneyLine> Income { get; init; } = [];

    public MoneyLine? IncomeTotal { get; init; }

    public IReadOnlyList<MoneyLine> Expenditure { get; init; } = [];

    public MoneyLine? ExpenditureTotal { get; init; }

    /// <summary>The years of the previous-year columns, e.g. [2022, 2023]; empty when the form has none.</summary>
    public IReadOnlyList<int> PreviousYears { get; init; } = [];
}
