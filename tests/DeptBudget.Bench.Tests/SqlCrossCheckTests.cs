using DeptBudget.Bench.Sql;

namespace DeptBudget.Bench.Tests;

public class SqlCrossCheckTests
{
    public static TheoryData<string> Engines => ["DuckDB", "SQLite"];

    [Theory]
    [MemberData(nameof(Engines))]
    public void GroupByQueries_EqualTheDerivedCells(string engineName)
    {
        using var engine = Engine(engineName);

        var run = SqlComparison.Measure(engine, TinyRegion.Flat, TinyRegion.Tables, runs: 1);

        Assert.Empty(run.Problems);
        Assert.True(run.Compared > 1_000, $"only {run.Compared} figures compared");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void EveryQuery_ReturnsRowsWithFigures(string engineName)
    {
        using var engine = Engine(engineName);
        engine.Load(TinyRegion.Flat);

        foreach (var query in SqlQueries.All)
        {
            var rows = engine.Run(query);
            Assert.True(rows.ContainsKey("total"), $"{query.Name} has no total row");
            Assert.True(rows.Count > 1, $"{query.Name} has no detail rows");
        }
    }

    [Fact]
    public void CrossCheck_ReportsAFigureThatDiffers()
    {
        using var engine = new DuckDbEngine();
        engine.Load(TinyRegion.Flat);
        var query = SqlQueries.All[0];
        var rows = engine.Run(query);
        var key = rows.Keys.First(k => k.StartsWith("f:", StringComparison.Ordinal) && k.Length == 9);
        rows[key][0] += 1;

        var (problems, _) = CrossCheck.Compare(query, rows, TinyRegion.Tables);

        var problem = Assert.Single(problems);
        Assert.Contains(key, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossCheck_ReportsARowTheSqlLacks()
    {
        using var engine = new SqliteEngine();
        engine.Load(TinyRegion.Flat);
        var query = SqlQueries.All.Single(q => q.TableId == Core.Tables.StandardTables.Projects);
        var rows = engine.Run(query);
        rows.Remove(rows.Keys.First(k => k.StartsWith("p:", StringComparison.Ordinal)));

        var (problems, _) = CrossCheck.Compare(query, rows, TinyRegion.Tables);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains("no SQL row", p, StringComparison.Ordinal));
    }

    private static SqlEngine Engine(string name) => name == "DuckDB" ? new DuckDbEngine() : new SqliteEngine();
}
