using DeptBudget.Core.Model;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Tests.Entry;

/// <summary>Compares datasets by their JSON, ignoring the order of keyed maps (reasons, last year's 类 figures).</summary>
internal static class DatasetAssert
{
    public static void Equal(BudgetDataset expected, BudgetDataset actual) =>
        Assert.Equal(DatasetJson.Write(Canonical(expected)), DatasetJson.Write(Canonical(actual)));

    private static BudgetDataset Canonical(BudgetDataset d) => d with
    {
        Reasons = d.Reasons.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(),
        LastYear = d.LastYear is null ? null : d.LastYear with
        {
            GeneralBudgetByClass = d.LastYear.GeneralBudgetByClass.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(),
        },
    };
}
