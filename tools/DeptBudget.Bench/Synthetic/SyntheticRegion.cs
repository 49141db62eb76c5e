using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Bench.Synthetic;

/// <summary>The departments of a synthetic region, one dataset each, and the code lists they use.</summary>
public sealed record SyntheticRegion(RegionScale Scale, IReadOnlyList<BudgetDataset> Departments, ClassificationSet Classifications)
{
    public int ExpenditureLines => Departments.Sum(d => d.Expenditures.Count);

    public int RevenueLines => Departments.Sum(d => d.Revenues.Count);

    public int Projects => Departments.Sum(d => d.Projects.Count);

    public int Units => Departments.Sum(d => d.Units.Count);

    /// <summary>
    /// Generates a region deterministically from <see cref="RegionScale.Seed"/>, with only the lines the profile's
    /// tables print (henan-2022 by default, the profile the bench derives).
    /// </summary>
    public static SyntheticRegion Generate(RegionScale scale, Profile? profile = null) =>
        new(scale, new RegionGenerator(scale, PrintedLines.Of(profile ?? ShippedProfiles.Get(ScaleBench.ProfileId))).Departments(), BenchClassifications.Year2022);
}
