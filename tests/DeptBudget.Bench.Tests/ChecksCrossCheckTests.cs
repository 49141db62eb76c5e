using DeptBudget.Bench.Checks;
using DeptBudget.Bench.Sql;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Profiles;
using Npgsql;

namespace DeptBudget.Bench.Tests;

/// <summary>
/// The checks in SQL (Sql/checks.sql) find exactly the cells the engine finds, in DuckDB, SQLite and a real
/// PostgreSQL cluster the test starts. PostgreSQL is required: without it the tests fail and say to install it.
/// </summary>
public class ChecksCrossCheckTests
{
    private static readonly HashSet<string> KeyFigureRules = ["key-figure-shares-add-up", "key-figure-change", "key-figure-change-pct"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Checks_EngineAndEverySqlEngine_FindTheSameFailingCells(bool allFunctionLevels)
    {
        RequirePostgres();
        var profile = ShippedProfiles.Get(ScaleBench.ProfileId);
        var tables = TinyRegion.Checked(allFunctionLevels ? CrossCheck.WithAllFunctionLevels(profile) : profile);
        var (changedTables, changed) = CellMutation.Apply(tables, 30, seed: allFunctionLevels ? 5 : 6);

        var (_, engine, runs) = EngineAndSql(changedTables, profile.Id);

        Assert.Equal(30, changed.Count);
        Assert.True(engine.Count >= 20, $"only {engine.Count} failing cells");
        AssertSqlAgrees(engine, runs);
    }

    [Fact]
    public void Checks_KeyFigureCellsChanged_EngineAndEverySqlEngineFindTheSameFailingCells()
    {
        RequirePostgres();
        var profile = ShippedProfiles.Get(ScaleBench.ProfileId);
        var tables = TinyRegion.Checked(profile);
        var (changedTables, changed) = CellMutation.Apply(tables, 40, seed: 3, among: t => t.Id == StandardTables.KeyFigures);

        var (result, engine, runs) = EngineAndSql(changedTables, profile.Id);

        Assert.All(changed, c => Assert.Equal(StandardTables.KeyFigures, c.Table));
        Assert.Subset(result.Findings.Where(f => f.Location.TableId == StandardTables.KeyFigures).Select(f => f.RuleId).ToHashSet(), KeyFigureRules);
        AssertSqlAgrees(engine, runs);
    }

    [Fact]
    public void KeyFigureLimits_OneHundredthBeyond_FailInTheEngineAndEverySqlEngine()
    {
        RequirePostgres();
        var profile = ShippedProfiles.Get(ScaleBench.ProfileId);
        var tables = TinyRegion.Checked(profile);
        var figures = tables.Single(t => t.Id == StandardTables.KeyFigures);
        var operating = figures.Rows.Single(r => r.Key == "operating")["thisYear"] ?? 0m;
        var changedTables = WithKeyFigures(tables, ("agencyOperatingCosts", "thisYear", operating + 0.01m), ("agencyOperatingCosts", "changePct", 10.01m), ("threePublic", "change", 0.01m));

        var (result, engine, runs) = EngineAndSql(changedTables, profile.Id);

        Assert.Subset(result.Findings.Select(f => f.RuleId).ToHashSet(), new HashSet<string> { "agency-costs-within-operating", "agency-costs-change", "three-public-growth" });
        Assert.Contains(new FailingCell(figures.Id, "agencyOperatingCosts", "changePct"), engine);
        Assert.Contains(new FailingCell(figures.Id, "threePublic", "change"), engine);
        AssertSqlAgrees(engine, runs);
    }

    [Fact]
    public void KeyFigureChange_ABlankLastYearIsNotZero_InTheEngineAndInSql()
    {
        var profile = ShippedProfiles.Get(ScaleBench.ProfileId);
        var tables = TinyRegion.Checked(profile);
        var figures = tables.Single(t => t.Id == StandardTables.KeyFigures);
        var given = figures.Rows.Where(r => r["lastYear"] is not null && r["thisYear"] is not 0m).Take(2).ToList();
        var changedTables = WithKeyFigures(tables, (given[0].Key, "lastYear", null), (given[0].Key, "changePct", null), (given[1].Key, "lastYear", 0m), (given[1].Key, "changePct", null));

        var engine = CheckBench.Failing(CheckRun.Run(changedTables, ShippedRules.All, profile.Id).Findings);
        var duckDb = CheckBench.Measure(() => (new DuckDbCells(), null), CellRows.Of(changedTables), CheckQueries.All, engine, 1, "test", TextWriter.Null);

        Assert.DoesNotContain(new FailingCell(figures.Id, given[0].Key, "change"), engine);
        Assert.Contains(new FailingCell(figures.Id, given[1].Key, "change"), engine);
        Assert.Empty(duckDb.Problems);
    }

    [Fact]
    public void Compare_ACellOnlyOneSideFinds_IsReported()
    {
        var shared = new FailingCell("projects", "total", "total");
        var extra = new FailingCell("three-public", "thisYear", "total");

        var problems = CheckBench.Compare(new HashSet<FailingCell> { shared, extra }, new HashSet<FailingCell> { shared });

        Assert.Equal(["[three-public|thisYear|total] fails in the engine, not in SQL"], problems);
    }

    [Fact]
    public void ChecksSql_NamesEveryBuiltInRuleOfTheProfile()
    {
        var rules = ShippedRules.All.Where(r => r.AppliesTo(ScaleBench.ProfileId)).Select(r => r.Id).ToList();

        Assert.True(rules.Count > 20);
        Assert.All(rules, id => Assert.Contains(id, CheckQueries.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void For_AQueryOfSkippedRulesOnly_IsLeftOut()
    {
        var runnable = ShippedRules.All.Where(r => r.AppliesTo(ScaleBench.ProfileId)).Select(r => r.Id).ToList();

        var withoutChange = CheckQueries.For(runnable.Where(id => id is not ("key-figure-change" or "key-figure-change-pct")));
        var withOne = CheckQueries.For(runnable.Where(id => id is not "key-figure-change"));

        Assert.Equal(CheckQueries.All.Count, CheckQueries.For(runnable).Count);
        Assert.Equal(CheckQueries.All.Count - 1, withoutChange.Count);
        Assert.DoesNotContain(withoutChange, q => q.Names("key-figure-change-pct"));
        Assert.Equal(CheckQueries.All.Count, withOne.Count);
    }

    [Fact]
    public void Names_IsAWholeRuleId()
    {
        var query = new CheckQuery("key-figure-change-pct: 增减率", "SELECT 1");

        Assert.True(query.Names("key-figure-change-pct"));
        Assert.False(query.Names("key-figure-change"));
    }

    [Fact]
    public void Runnable_LeavesOutTheSkippedRules()
    {
        var all = CheckBench.Runnable(ShippedRules.All, [], ScaleBench.ProfileId);

        var runnable = CheckBench.Runnable(ShippedRules.All, [new SkippedRule("agency-costs-change", CheckRun.NoLastYear)], ScaleBench.ProfileId);

        Assert.Contains("agency-costs-change", all);
        Assert.Equal(all.Where(id => id != "agency-costs-change"), runnable);
    }

    [Fact]
    public void CellRows_AnEmptyCellIsNull_AZeroIsZero()
    {
        var figures = TinyRegion.Checked(ShippedProfiles.Get(ScaleBench.ProfileId))
            .Single(t => t.Id == StandardTables.KeyFigures);

        var cells = CellRows.Of([figures]);

        Assert.Contains(cells, c => c.Value is null);
        Assert.All(cells, c => Assert.Equal(figures.Rows[c.RowOrd][c.ColumnKey] is { } v ? (long?)(v * 100m) : null, c.Value));
    }

    [Fact]
    public void PostgresCluster_StartsAndIsDeletedAfterwards()
    {
        RequirePostgres();
        string folder;
        using (var cluster = PostgresCluster.Start())
        {
            folder = cluster.Folder;
            using var connection = new NpgsqlConnection(cluster.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 6 * 7", connection);

            Assert.Equal(42, command.ExecuteScalar());
            Assert.True(Directory.Exists(folder));
        }

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void CellRows_ParentIsTheNearestRowAboveWithALowerLevel()
    {
        var projects = TinyRegion.Tables.Single(t => t.Id == "projects");

        var parents = CellRows.Parents(projects.Rows);

        Assert.Null(parents[0]);
        Assert.Equal("total", parents[1]);
        Assert.All(Enumerable.Range(2, projects.Rows.Count - 2), i => Assert.Equal(projects.Rows[1].Key, parents[i]));
    }

    private static (CheckResult Result, HashSet<FailingCell> Engine, List<CheckSqlRun> Sql) EngineAndSql(IReadOnlyList<Table> tables, string profileId)
    {
        var result = CheckRun.Run(tables, ShippedRules.All, profileId);
        var engine = CheckBench.Failing(result.Findings);
        var queries = CheckQueries.For(CheckBench.Runnable(ShippedRules.All, result.Skipped, profileId));
        var cells = CellRows.Of(tables);
        return (result, engine, [.. CheckBench.Stores().Select(s => CheckBench.Measure(s.Make!, cells, queries, engine, 1, "test", TextWriter.Null))]);
    }

    /// <summary>The tables with these key-figure cells set.</summary>
    private static List<Table> WithKeyFigures(IReadOnlyList<Table> tables, params (string Row, string Column, decimal? Value)[] cells) =>
    [
        .. tables.Select(t => t.Id != StandardTables.KeyFigures ? t : t with
        {
            Rows = [.. t.Rows.Select(r => cells.Any(c => c.Row == r.Key)
                ? r with { Cells = cells.Where(c => c.Row == r.Key).Aggregate(new Dictionary<string, decimal?>(r.Cells, StringComparer.Ordinal), (all, c) => { all[c.Column] = c.Value; return all; }) }
                : r)],
        }),
    ];

    private static void AssertSqlAgrees(HashSet<FailingCell> engine, List<CheckSqlRun> runs)
    {
        Assert.Equal(["DuckDB", "SQLite", "PostgreSQL"], runs.Select(r => r.Engine));
        Assert.All(runs, r => Assert.True(r.Problems.Count == 0, $"{r.Engine}: {string.Join("; ", r.Problems.Take(5))}"));
        Assert.All(runs, r => Assert.Equal(engine.Count, r.Failing));
    }

    private static void RequirePostgres()
    {
        if (PostgresCluster.FindBinaries() is null)
        {
            Assert.Fail(PostgresCluster.Missing + "; the checks cross-check runs against a real PostgreSQL (scripts/test.sh installs it as root).");
        }
    }
}
