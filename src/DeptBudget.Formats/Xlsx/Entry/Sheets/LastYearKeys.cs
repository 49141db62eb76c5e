using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>
/// The figure keys of 上年数及原因 (docs/DATASET.md): each names a total, its last-year figure (if the
/// dataset keeps one) and the reason for its change, all in <c>BudgetDataset.Reasons</c> under the same key.
/// </summary>
internal static class LastYearKeys
{
    public const string ClassPrefix = "class:";

    /// <summary>Key, label and whether the sheet keeps last year's figure for it (三公 figures live on 三公经费).</summary>
    public static readonly IReadOnlyList<(string Key, string Label, bool HasFigure)> Standard =
    [
        ("revenueTotal", "收入总计", true),
        ("expenditureTotal", "支出总计", true),
        ("fiscalAppropriation", "财政拨款收支", true),
        ("generalBudget", "一般公共预算收支", true),
        ("governmentFund", "政府性基金预算收支", true),
        ("stateCapital", "国有资本经营预算收支", true),
        ("basic", "基本支出", true),
        ("project", "项目支出", true),
        ("personnel", "人员经费", true),
        ("operating", "公用经费", true),
        ("agencyOperatingCosts", "机关运行经费", true),
        ("procurement", "政府采购预算", true),
        ("purchasedServices", "政府购买服务", true),
        ("threePublic.total", "“三公”经费合计", false),
        ("threePublic.abroad", "因公出国（境）费", false),
        ("threePublic.vehiclePurchase", "公务用车购置费", false),
        ("threePublic.vehicleOperation", "公务用车运行维护费", false),
        ("threePublic.reception", "公务接待费", false),
    ];

    public static bool HasFigure(string key) =>
        key.StartsWith(ClassPrefix, StringComparison.Ordinal) || Standard.Any(s => s.Key == key && s.HasFigure);

    public static decimal? Get(LastYearFigures? f, string key)
    {
        if (f is null)
        {
            return null;
        }

        if (key.StartsWith(ClassPrefix, StringComparison.Ordinal))
        {
            return f.GeneralBudgetByClass.TryGetValue(key[ClassPrefix.Length..], out var v) ? v : null;
        }

        return key switch
        {
            "revenueTotal" => f.RevenueTotal,
            "expenditureTotal" => f.ExpenditureTotal,
            "fiscalAppropriation" => f.FiscalAppropriation,
            "generalBudget" => f.GeneralBudget,
            "governmentFund" => f.GovernmentFund,
            "stateCapital" => f.StateCapital,
            "basic" => f.Basic,
            "project" => f.Project,
            "personnel" => f.Personnel,
            "operating" => f.Operating,
            "agencyOperatingCosts" => f.AgencyOperatingCosts,
            "procurement" => f.Procurement,
            "purchasedServices" => f.PurchasedServices,
            _ => null,
        };
    }

    /// <summary>Builds the figures from key → amount; null when none was given.</summary>
    public static LastYearFigures? Build(IReadOnlyDictionary<string, decimal> figures)
    {
        if (figures.Count == 0)
        {
            return null;
        }

        decimal? F(string key) => figures.TryGetValue(key, out var v) ? v : null;
        return new LastYearFigures
        {
            RevenueTotal = F("revenueTotal"),
            ExpenditureTotal = F("expenditureTotal"),
            FiscalAppropriation = F("fiscalAppropriation"),
            GeneralBudget = F("generalBudget"),
            GovernmentFund = F("governmentFund"),
            StateCapital = F("stateCapital"),
            Basic = F("basic"),
            Project = F("project"),
            Personnel = F("personnel"),
            Operating = F("operating"),
            AgencyOperatingCosts = F("agencyOperatingCosts"),
            Procurement = F("procurement"),
            PurchasedServices = F("purchasedServices"),
            GeneralBudgetByClass = figures.Where(p => p.Key.StartsWith(ClassPrefix, StringComparison.Ordinal))
                .ToDictionary(p => p.Key[ClassPrefix.Length..], p => p.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>The validator's field name for a key ("generalBudgetByClass.201" for "class:201").</summary>
    public static string FieldOf(string key) =>
        key.StartsWith(ClassPrefix, StringComparison.Ordinal) ? "generalBudgetByClass." + key[ClassPrefix.Length..] : key;
}
