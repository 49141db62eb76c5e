using DeptBudget.Core.Model;

namespace DeptBudget.Core.Profiles;

/// <summary>
/// Selects lines: every given field must match (AND); within a list any value matches (OR).
/// A missing field does not filter.
/// </summary>
public sealed record LineFilter
{
    public IReadOnlyList<ExpenditureKind>? Kinds { get; init; }

    public IReadOnlyList<FundingSource>? Sources { get; init; }

    /// <summary>True: only 财政拨款 sources; false: only the others.</summary>
    public bool? Fiscal { get; init; }

    /// <summary>True: only 单位资金 (neither 财政拨款 nor 财政专户).</summary>
    public bool? UnitFunds { get; init; }

    /// <summary>True: only 上年结转; false: only this year's money.</summary>
    public bool? CarryOver { get; init; }

    /// <summary>Department economic 类 codes, e.g. ["301", "303"].</summary>
    public IReadOnlyList<string>? EconomicClasses { get; init; }

    public IReadOnlyList<ProjectCategory>? ProjectCategories { get; init; }

    public BodyKind? Body { get; init; }

    public IReadOnlyList<ProcurementCategory>? ProcurementCategories { get; init; }

    /// <summary>True: the cell never sums anything (a row printed empty, e.g. 年终结转结余).</summary>
    public bool? Nothing { get; init; }

    public static LineFilter All { get; } = new();

    /// <summary>Sums nothing: a cell printed empty, or a figure a dataset cannot fill.</summary>
    public static LineFilter Never { get; } = new() { Nothing = true };
}
