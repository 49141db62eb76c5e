namespace DeptBudget.Core.Model;

/// <summary>
/// The budget of one department (or one region's consolidation) for one year: the single source
/// every table, sentence and form is derived from.
/// </summary>
public sealed record BudgetDataset
{
    /// <summary>The version of the dataset format this instance follows.</summary>
    public const string CurrentFormatVersion = "1.0";

    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The disclosure layout (profile id) the department publishes in; commands use it when not told another.</summary>
    public string? Profile { get; init; }

    /// <summary>预算年度.</summary>
    public required int Year { get; init; }

    /// <summary>The unit of every amount except procurement lines (always 元).</summary>
    public AmountUnit AmountUnit { get; init; } = AmountUnit.TenThousandYuan;

    public required Department Department { get; init; }

    public IReadOnlyList<BudgetUnit> Units { get; init; } = [];

    public IReadOnlyList<RevenueLine> Revenues { get; init; } = [];

    public IReadOnlyList<ExpenditureLine> Expenditures { get; init; } = [];

    public IReadOnlyList<Project> Projects { get; init; } = [];

    public IReadOnlyList<ThreePublicLine> ThreePublic { get; init; } = [];

    public IReadOnlyList<ProcurementLine> Procurement { get; init; } = [];

    public IReadOnlyList<PurchasedService> PurchasedServices { get; init; } = [];

    public AssetHoldings? Assets { get; init; }

    public IReadOnlyList<SpecialTransfer> SpecialTransfers { get; init; } = [];

    public LastYearFigures? LastYear { get; init; }

    /// <summary>
    /// The user's reasons for changes and other free text, by figure key
    /// ("revenueTotal", "generalBudget", "class:201", "threePublic.reception" …; see docs/DATASET.md).
    /// </summary>
    public IReadOnlyDictionary<string, string> Reasons { get; init; } = new Dictionary<string, string>();

    public BudgetUnit? FindUnit(string code) => Units.FirstOrDefault(u => u.Code == code);
}
