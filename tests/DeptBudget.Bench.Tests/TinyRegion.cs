using DeptBudget.Bench.Sql;
using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Bench.Tests;

/// <summary>A region of 3 departments, 9 units and 2,000 lines, consolidated, with its tables derived for the check.</summary>
internal static class TinyRegion
{
    public static RegionScale Scale { get; } = new("tiny", 3, 3, 2_000, Seed: 7);

    public static SyntheticRegion Region { get; } = SyntheticRegion.Generate(Scale);

    public static BudgetDataset Merged { get; } = RegionConsolidation.Merge(Region.Departments, "410700", "某市");

    public static IReadOnlyList<Table> Tables { get; } =
        TableDeriver.Derive(Merged, Region.Classifications, CrossCheck.WithAllFunctionLevels(ShippedProfiles.Get(ScaleBench.ProfileId)));

    /// <summary>The tables <c>deptbudget check</c> checks: the profile's tables and the key figures.</summary>
    public static IReadOnlyList<Table> Checked(Profile profile) => CheckedTables.Of(Merged, Region.Classifications, profile, unitCode: null);

    public static FlatRegion Flat { get; } = FlatRegion.Of(Merged, Region.Classifications);
}
