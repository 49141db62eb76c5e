using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Classifications;

/// <summary>The classification code lists shipped with DeptBudget (data/classifications/YEAR/).</summary>
public static class ShippedClassifications
{
    /// <summary>The lists in force for a budget year.</summary>
    public static ClassificationSet ForYear(int year) =>
        throw new NotImplementedException($"classification lists for {year} are not loaded yet");
}
