using DeptBudget.Bench.Measuring;
using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Bench.Checks;

/// <summary>One SQL engine's run of the checks: load (not timed in the checks), median time (all and per query), the cells it found.</summary>
public sealed record CheckSqlRun(string Engine, string Setup, TimeSpan Load, TimeSpan Checks, IReadOnlyList<(CheckQuery Query, TimeSpan Time)> PerQuery, int Failing, IReadOnlyList<string> Problems);

public sealed record CheckReport(
    RegionScale Scale,
    int Rules,
    IReadOnlyList<SkippedRule> SkippedRules,
    int Tables,
    int Rows,
    int Cells,
    TimeSpan KeyFigures,
    int ErrorsUnchanged,
    int Mutated,
    int MutatedKeyFigures,
    int Findings,
    int FailingCells,
    TimeSpan Cold,
    TimeSpan Engine,
    long Allocated,
    long PeakAfterEngine,
    IReadOnlyList<CheckSqlRun> Sql,
    IReadOnlyList<string> Skipped,
    long PeakAtEnd,
    IReadOnlyList<string> Problems);

/// <summary>
/// Derives a region's tables once (not timed) and their key figures (timed on their own): the tables
/// <c>deptbudget check</c> checks. Changes <see cref="MutatedCells"/> cells, times every built-in rule of the profile
/// through <see cref="CheckRun"/>, then the same checks as SQL (Sql/checks.sql, without the queries of rules the run
/// skips) in DuckDB, SQLite and PostgreSQL, and checks that all of them find the same failing cells.
/// </summary>
public static class CheckBench
{
    public const int MutatedCells = 50;

    public static CheckReport Run(RegionScale scale, int runs, bool sql, TextWriter log)
    {
        var profile = ShippedProfiles.Get(ScaleBench.ProfileId);
        log.WriteLine($"[checks {scale.Name}] generating and deriving (not timed)");
        var (unchanged, keyFigures) = Derive(scale, profile, runs, log);
        var rules = ShippedRules.All;
        var problems = new List<string>();
        var unchangedResult = CheckRun.Run(unchanged, rules, profile.Id);
        var errors = unchangedResult.Findings.Count(f => f.Severity == Severity.Error);
        if (errors > 0)
        {
            problems.Add($"the unchanged tables raise {errors} error findings, e.g. {unchangedResult.Findings.First(f => f.Severity == Severity.Error).Message}");
        }

        var (tables, changed) = CellMutation.Apply(unchanged, MutatedCells, seed: 42);
        unchanged = [];
        var skippedRules = unchangedResult.Skipped;
        var runnable = Runnable(rules, skippedRules, profile.Id);
        problems.AddRange(runnable.Where(id => !CheckQueries.All.Any(q => q.Names(id))).Select(id => $"rule {id} has no SQL in Sql/checks.sql"));
        var queries = CheckQueries.For(runnable);
        foreach (var skip in skippedRules)
        {
            log.WriteLine($"[checks {scale.Name}] rule {skip.RuleId} skipped: {skip.Reason}");
        }

        Timing.Settle();
        var cold = Timing.Time(() => CheckRun.Run(tables, rules, profile.Id));
        WarmUp(tables, rules, profile.Id);
        IReadOnlyList<Finding> findings = [];
        var times = new List<TimeSpan>();
        var allocated = new List<long>();
        for (var run = 0; run < runs; run++)
        {
            Timing.Settle();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            times.Add(Timing.Time(() => findings = CheckRun.Run(tables, rules, profile.Id).Findings));
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            log.WriteLine($"[checks {scale.Name}] engine run {run + 1}: {times[^1].TotalMilliseconds:0.0} ms, {findings.Count} findings");
        }

        var peakAfterEngine = Timing.PeakWorkingSet();
        var engineCells = Failing(findings);
        var cells = CellRows.Of(tables);
        var sqlRuns = new List<CheckSqlRun>();
        var skipped = new List<string>();
        if (sql)
        {
            foreach (var (engine, make) in Stores())
            {
                if (make is null)
                {
                    log.WriteLine($"[checks {scale.Name}] {engine}: NOT RUN: {PostgresCluster.Missing}");
                    skipped.Add($"{engine}: {PostgresCluster.Missing}");
                    continue;
                }

                try
                {
                    var result = Measure(make, cells, queries, engineCells, runs, $"checks {scale.Name}", log);
                    problems.AddRange(result.Problems.Select(p => $"{engine}: {p}"));
                    sqlRuns.Add(result);
                }
                catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
                {
                    log.WriteLine($"[checks {scale.Name}] {engine}: FAILED: {ex.Message}");
                    problems.Add($"{engine}: {ex.Message}");
                    skipped.Add($"{engine}: failed, see the log");
                }
            }
        }

        return new CheckReport(
            scale, runnable.Count, skippedRules, tables.Count, tables.Sum(t => t.Rows.Count), cells.Length, keyFigures, errors, changed.Count,
            changed.Count(c => c.Table == StandardTables.KeyFigures), findings.Count, engineCells.Count, cold, Timing.Median(times),
            Timing.Median(allocated), peakAfterEngine, sqlRuns, skipped, Timing.PeakWorkingSet(), problems);
    }

    /// <summary>The ids of the profile's rules that run, in rule order.</summary>
    public static List<string> Runnable(IEnumerable<Rule> rules, IReadOnlyList<SkippedRule> skipped, string profileId) =>
        [.. rules.Where(r => r.AppliesTo(profileId) && !skipped.Any(s => s.RuleId == r.Id)).Select(r => r.Id)];

    /// <summary>
    /// The region's checked tables: the derived tables (not timed) and the key figures, whose derivation is timed
    /// (median of <paramref name="runs"/>). The generated departments are garbage once this returns.
    /// </summary>
    private static (IReadOnlyList<Table> Tables, TimeSpan KeyFigures) Derive(RegionScale scale, Profile profile, int runs, TextWriter log)
    {
        var region = SyntheticRegion.Generate(scale, profile);
        var (code, name) = scale.Region;
        var dataset = RegionConsolidation.Merge(region.Departments, code, name);
        var tables = TableDeriver.DeriveParallel(dataset, region.Classifications, profile);
        var keyFigures = CheckedTables.KeyFiguresOf(tables, dataset, unitCode: null);
        var times = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            Timing.Settle();
            times.Add(Timing.Time(() => keyFigures = CheckedTables.KeyFiguresOf(tables, dataset, unitCode: null)));
        }

        log.WriteLine($"[checks {scale.Name}] key figures: {Timing.Median(times).TotalMilliseconds:0.00} ms, {keyFigures.Rows.Count} rows");
        return (CheckedTables.Join(tables, keyFigures), Timing.Median(times));
    }

    /// <summary>The engines to compare, each made when its turn comes; PostgreSQL's factory is null when it is not installed.</summary>
    public static IEnumerable<(string Name, Func<(CellStore Store, IDisposable? Server)>? Make)> Stores()
    {
        yield return ("DuckDB", () => (new DuckDbCells(), null));
        yield return ("SQLite", () => (new SqliteCells(), null));
        yield return ("PostgreSQL", PostgresCluster.FindBinaries() is null ? null : () =>
        {
            var cluster = PostgresCluster.Start();
            try
            {
                return (new PostgresCells(cluster), cluster);
            }
            catch
            {
                cluster.Dispose();
                throw;
            }
        }
        );
    }

    /// <summary>Loads the cells (not timed in the checks), runs the SQL checks once, then times <paramref name="runs"/> runs.</summary>
    public static CheckSqlRun Measure(
        Func<(CellStore Store, IDisposable? Server)> make, IReadOnlyList<CellRow> cells, IReadOnlyList<CheckQuery> queries, IReadOnlySet<FailingCell> expected, int runs, string label, TextWriter log)
    {
        Timing.Settle();
        var (store, server) = make();
        try
        {
            using (store)
            {
                log.WriteLine($"[{label}] {store.Name}: loading {cells.Count:N0} cells");
                var load = store.Load(cells);
                var failing = store.Run(queries);
                var times = new List<TimeSpan>();
                var perQuery = queries.Select(_ => new List<TimeSpan>()).ToArray();
                for (var run = 0; run < runs; run++)
                {
                    var each = new TimeSpan[queries.Count];
                    times.Add(Timing.Time(() => failing = store.Run(queries, each)));
                    for (var q = 0; q < each.Length; q++)
                    {
                        perQuery[q].Add(each[q]);
                    }
                }

                var problems = Compare(expected, failing);
                log.WriteLine($"[{label}] {store.Name}: load {load.TotalSeconds:0.00} s, checks {Timing.Median(times).TotalMilliseconds:0.0} ms, {failing.Count} failing cells, {problems.Count} differences");
                return new CheckSqlRun(store.Name, store.Setup, load, Timing.Median(times), [.. queries.Select((q, i) => (q, Timing.Median(perQuery[i])))], failing.Count, problems);
            }
        }
        finally
        {
            server?.Dispose();
        }
    }

    /// <summary>The cells on the left of the engine's findings (every severity).</summary>
    public static HashSet<FailingCell> Failing(IEnumerable<Finding> findings) =>
        [.. findings.Where(f => f.Location.TableId is not null).Select(f => new FailingCell(f.Location.TableId!, f.Location.RowKey ?? "", f.Location.ColumnKey ?? ""))];

    /// <summary>Cells one side finds and the other does not.</summary>
    public static List<string> Compare(IReadOnlySet<FailingCell> engine, IReadOnlySet<FailingCell> sql) =>
    [
        .. engine.Where(c => !sql.Contains(c)).OrderBy(c => c.ToString(), StringComparer.Ordinal).Select(c => $"{c} fails in the engine, not in SQL"),
        .. sql.Where(c => !engine.Contains(c)).OrderBy(c => c.ToString(), StringComparer.Ordinal).Select(c => $"{c} fails in SQL, not in the engine"),
    ];

    /// <summary>As <see cref="JitWarmUp"/> does for the derivation: many runs with pauses, so that tiered compilation installs optimised code.</summary>
    private static void WarmUp(IReadOnlyList<Table> tables, IReadOnlyList<Rule> rules, string profileId)
    {
        var rows = tables.Sum(t => t.Rows.Count);
        var rounds = Math.Clamp(2_000_000 / Math.Max(rows, 1), 3, 60);
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < rounds; i++)
            {
                CheckRun.Run(tables, rules, profileId);
            }

            Thread.Sleep(250);
        }
    }
}
