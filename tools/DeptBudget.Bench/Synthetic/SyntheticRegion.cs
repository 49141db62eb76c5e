using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Bench.Synthetic;

/// <summary>The departments of a synthetic region, one dataset each, and the code lists they use.</summary>
public sealed record SyntheticRegion(RegionScale Scale, IReadOnlyList<BudgetDataset> Departments, ClassificationSet Classifications)
{
    public int ExpenditureLines => Departments.Sum(d => d.Expenditures.Count);

    public int RevenueLines => Departments.Sum(d => d.Revenues.Count);

    public int Projects => Departments.Sum(d => d.Projects.Count);

    public int Units => Departments.Sum(d => d.Units.Count);

    /// <summary>Generates a region deterministically from <see cref="RegionScale.Seed"/>.</summary>
    public static SyntheticRegion Generate(RegionScale scale) =>
        new(scale, new RegionGenerator(scale).Departments(), BenchClassifications.Year2022);
}
