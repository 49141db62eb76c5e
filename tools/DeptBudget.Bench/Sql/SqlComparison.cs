using DeptBudget.Bench.Measuring;
using DeptBudget.Core.Tables;

namespace DeptBudget.Bench.Sql;

/// <summary>One engine's figures: load time, the queries' median times, and the check against the derived tables.</summary>
public sealed record SqlRun(string Engine, TimeSpan Load, TimeSpan Queries, IReadOnlyList<(string Query, TimeSpan Median)> PerQuery, int Compared, IReadOnlyList<string> Problems);

/// <summary>Loads a region into an engine, times <see cref="SqlQueries.All"/>, and checks the results against the derived tables.</summary>
public static class SqlComparison
{
    /// <param name="runs">Timed runs after one warm-up run; 0 runs the queries once, untimed, for the check only.</param>
    public static SqlRun Measure(SqlEngine engine, FlatRegion region, IReadOnlyList<Table> derived, int runs)
    {
        var load = engine.Load(region);
        var queries = SqlQueries.All;
        var results = queries.Select(engine.Run).ToList();
        var totals = new List<TimeSpan>();
        var each = queries.Select(_ => new List<TimeSpan>()).ToList();
        for (var run = 0; run < runs; run++)
        {
            Timing.Settle();
            var total = TimeSpan.Zero;
            for (var q = 0; q < queries.Count; q++)
            {
                var index = q;
                var time = Timing.Time(() => results[index] = engine.Run(queries[index]));
                each[q].Add(time);
                total += time;
            }

            totals.Add(total);
        }

        var problems = new List<string>();
        var compared = 0;
        for (var q = 0; q < queries.Count; q++)
        {
            var (found, count) = CrossCheck.Compare(queries[q], results[q], derived);
            problems.AddRange(found);
            compared += count;
        }

        return new SqlRun(engine.Name, load, Timing.Median(totals), queries.Select((q, i) => (q.Name, Timing.Median(each[i]))).ToList(), compared, problems);
    }
}
