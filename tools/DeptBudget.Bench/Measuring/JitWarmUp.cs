using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables.Derivation;

namespace DeptBudget.Bench.Measuring;

/// <summary>
/// Derives a small region many times so that the JIT's tiered compilation replaces the first,
/// quickly compiled code with optimised code, as it has in a process that has run for a while.
/// </summary>
public static class JitWarmUp
{
    private static bool done;

    public static void Run(Profile profile)
    {
        if (done)
        {
            return;
        }

        var region = SyntheticRegion.Generate(new RegionScale("warm-up", 4, 3, 20_000, Seed: 1));
        var merged = RegionConsolidation.Merge(region.Departments, "000000", "warm-up");
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 40; i++)
            {
                TableDeriver.Derive(merged, region.Classifications, profile);
                TableDeriver.DeriveParallel(merged, region.Classifications, profile);
            }

            // Calls are counted, and hot methods recompiled in the background, after a pause in new compilations.
            Thread.Sleep(250);
        }

        done = true;
    }
}
