using DeptBudget.Bench.Measuring;
using DeptBudget.Bench.Sql;
using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Bench;

/// <summary>The figures of one scale.</summary>
public sealed record ScaleReport(
    RegionScale Scale,
    int Units,
    int ExpenditureLines,
    int RevenueLines,
    int Projects,
    TimeSpan Generate,
    long DataWorkingSet,
    TimeSpan? Cold,
    TimeSpan Merge,
    TimeSpan DeriveSerial,
    TimeSpan DeriveParallel,
    long AllocatedSerial,
    long AllocatedParallel,
    int Tables,
    int Rows,
    long PeakAfterDerivation,
    IReadOnlyList<SqlRun> Sql,
    long PeakAtEnd,
    IReadOnlyList<string> Problems);

/// <summary>Generates one region, times the derivation of every henan-2022 table, then the same figures in SQL.</summary>
public static class ScaleBench
{
    public const string ProfileId = "henan-2022";

    private static bool firstInProcess = true;

    public static ScaleReport Run(RegionScale scale, int runs, bool sql, TextWriter log)
    {
        log.WriteLine($"[{scale.Name}] generating {scale.Departments} departments, {scale.Units} units, {scale.Lines} lines");
        SyntheticRegion? region = null;
        var generate = Timing.Time(() => region = SyntheticRegion.Generate(scale));
        var profile = ShippedProfiles.Get(ProfileId);
        var classifications = region!.Classifications;
        var (code, name) = scale.Region;

        Timing.Settle();
        var dataWorkingSet = Timing.WorkingSet();
        log.WriteLine($"[{scale.Name}] generated in {generate.TotalSeconds:0.0} s; warm-up");
        var merged = RegionConsolidation.Merge(region.Departments, code, name);

        // The first derivation of the process runs code as the JIT first compiles it, as a one-shot command does.
        TimeSpan? cold = firstInProcess ? Timing.Time(() => TableDeriver.Derive(merged, classifications, profile)) : null;
        firstInProcess = false;
        JitWarmUp.Run(profile);
        TableDeriver.Derive(merged, classifications, profile);
        TableDeriver.DeriveParallel(merged, classifications, profile);

        var merges = new List<TimeSpan>();
        var serial = new List<TimeSpan>();
        var parallel = new List<TimeSpan>();
        var allocatedSerial = new List<long>();
        var allocatedParallel = new List<long>();
        IReadOnlyList<Table> timed = [];
        IReadOnlyList<Table> timedParallel = [];
        for (var run = 0; run < runs; run++)
        {
            Timing.Settle();
            merges.Add(Timing.Time(() => merged = RegionConsolidation.Merge(region.Departments, code, name)));
            Timing.Settle();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            serial.Add(Timing.Time(() => timed = TableDeriver.Derive(merged, classifications, profile)));
            allocatedSerial.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            Timing.Settle();
            before = GC.GetTotalAllocatedBytes(precise: true);
            parallel.Add(Timing.Time(() => timedParallel = TableDeriver.DeriveParallel(merged, classifications, profile)));
            allocatedParallel.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            log.WriteLine($"[{scale.Name}] run {run + 1}: merge {merges[^1].TotalMilliseconds:0} ms, derive {serial[^1].TotalMilliseconds:0} ms, parallel {parallel[^1].TotalMilliseconds:0} ms");
        }

        var peakAfterDerivation = Timing.PeakWorkingSet();
        var problems = new List<string>(CrossCheck.Contains(timed, timedParallel));
        var sqlRuns = new List<SqlRun>();
        if (sql)
        {
            sqlRuns.AddRange(RunSql(scale, runs, merged, profile, timed, problems, log));
        }

        return new ScaleReport(
            scale, region.Units, region.ExpenditureLines, region.RevenueLines, region.Projects, generate, dataWorkingSet, cold,
            Timing.Median(merges), Timing.Median(serial), Timing.Median(parallel), Timing.Median(allocatedSerial), Timing.Median(allocatedParallel),
            timed.Count, timed.Sum(t => t.Rows.Count), peakAfterDerivation, sqlRuns, Timing.PeakWorkingSet(), problems);
    }

    private static List<SqlRun> RunSql(RegionScale scale, int runs, BudgetDataset merged, Profile profile, IReadOnlyList<Table> timed, List<string> problems, TextWriter log)
    {
        // The check derives the same profile with 类 and 款 rows added to the function tables, and
        // first makes sure every row of the timed derivation is among its rows, with the same cells.
        var classifications = BenchClassifications.Year2022;
        var checkTables = TableDeriver.Derive(merged, classifications, CrossCheck.WithAllFunctionLevels(profile));
        problems.AddRange(CrossCheck.Contains(checkTables, timed));
        var flat = FlatRegion.Of(merged, classifications);
        var result = new List<SqlRun>();
        foreach (var make in new Func<SqlEngine>[] { () => new DuckDbEngine(), () => new SqliteEngine() })
        {
            Timing.Settle();
            using var engine = make();
            log.WriteLine($"[{scale.Name}] {engine.Name}: loading {flat.Expenditures.Count} expenditure rows");
            var run = SqlComparison.Measure(engine, flat, checkTables, runs);
            log.WriteLine($"[{scale.Name}] {engine.Name}: load {run.Load.TotalSeconds:0.00} s, queries {run.Queries.TotalMilliseconds:0} ms, {run.Compared} figures compared, {run.Problems.Count} differences");
            problems.AddRange(run.Problems.Select(p => $"{engine.Name}: {p}"));
            result.Add(run);
        }

        return result;
    }
}
