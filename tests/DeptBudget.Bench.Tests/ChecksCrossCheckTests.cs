using DeptBudget.Bench.Checks;
using DeptBudget.Bench.Sql;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables.Derivation;
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
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Checks_EngineAndEverySqlEngine_FindTheSameFailingCells(bool allFunctionLevels)
    {
        RequirePostgres();
        var profile = ShippedProfiles.Get(ScaleBench.ProfileId);
        var tables = TableDeriver.Derive(TinyRegion.Merged, TinyRegion.Region.Classifications, allFunctionLevels ? CrossCheck.WithAllFunctionLevels(profile) : profile);
        var (changedTables, changed) = CellMutation.Apply(tables, 30, seed: allFunctionLevels ? 5 : 6);
        var engine = CheckBench.Failing(CheckEngine.Run(changedTables, ShippedRules.All, profile.Id));
        var cells = CellRows.Of(changedTables);

        var runs = CheckBench.Stores().Select(s => CheckBench.Measure(s.Make!, cells, engine, 1, "test", TextWriter.Null)).ToList();

        Assert.Equal(30, changed.Count);
        Assert.True(engine.Count >= 20, $"only {engine.Count} failing cells");
        Assert.Equal(["DuckDB", "SQLite", "PostgreSQL"], runs.Select(r => r.Engine));
        Assert.All(runs, r => Assert.True(r.Problems.Count == 0, $"{r.Engine}: {string.Join("; ", r.Problems.Take(5))}"));
        Assert.All(runs, r => Assert.Equal(engine.Count, r.Failing));
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

    private static void RequirePostgres()
    {
        if (PostgresCluster.FindBinaries() is null)
        {
            Assert.Fail(PostgresCluster.Missing + "; the checks cross-check runs against a real PostgreSQL (scripts/test.sh installs it as root).");
        }
    }
}
