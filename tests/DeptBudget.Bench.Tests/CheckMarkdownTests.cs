using DeptBudget.Bench.Checks;
using DeptBudget.Bench.Measuring;
using DeptBudget.Core.Checks;

namespace DeptBudget.Bench.Tests;

public class CheckMarkdownTests
{
    [Fact]
    public void Render_SkippedRulesAndQueries_AreSaidSo_AndEveryQueryRowKeepsItsColumns()
    {
        var shares = CheckQueries.All.Single(q => q.Names("key-figure-shares-add-up"));
        var sql = new CheckSqlRun("DuckDB", "in memory", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(9), [(shares, TimeSpan.FromMilliseconds(2))], 3, []);
        var report = new CheckReport(
            TinyRegion.Scale, 36, [new SkippedRule("agency-costs-change", CheckRun.NoLastYear)], 11, 100, 1_000, TimeSpan.FromMilliseconds(1), 0, 50, 6, 3, 3,
            TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(2), 1 << 20, 1 << 26, [sql], [], 1 << 27, []);

        var lines = CheckMarkdown.Render([report], new Machine(2, "cpu", 1L << 34, ".NET", "Linux", "2026-11-23"), 5).Split('\n');

        Assert.Contains(lines, l => l.StartsWith("| built-in rules run / skipped | 36 / 1 (agency-costs-change: 未提供上年数据) |", StringComparison.Ordinal));
        var queryRows = lines.SkipWhile(l => !l.StartsWith("| SQL query", StringComparison.Ordinal)).Skip(2).Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(CheckQueries.All.Count, queryRows.Count);
        Assert.All(queryRows, l => Assert.Equal(3, l.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
        Assert.Single(queryRows, l => l.EndsWith("| 2.00 ms |", StringComparison.Ordinal));
        Assert.Equal(CheckQueries.All.Count - 1, queryRows.Count(l => l.EndsWith("| skipped |", StringComparison.Ordinal)));
    }
}
