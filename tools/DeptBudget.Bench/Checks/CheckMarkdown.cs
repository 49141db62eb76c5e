using System.Text;
using DeptBudget.Bench.Measuring;
using static DeptBudget.Bench.Measuring.Figures;

namespace DeptBudget.Bench.Checks;

/// <summary>The checks' figures as a Markdown table, one column per scale, to paste into docs/PERFORMANCE.md.</summary>
public static class CheckMarkdown
{
    public static string Render(IReadOnlyList<CheckReport> reports, Machine machine, int runs)
    {
        var text = new StringBuilder();
        Line(text, $"### Checks: figures of {machine.Date}");
        text.AppendLine();
        Line(text, $"Machine: {machine.Processors} cores (`nproc`), {machine.Cpu}, {Gib(machine.MemoryBytes)} memory, {machine.Runtime}, {machine.Os}. Median of {runs} runs after a JIT warm-up; profile `{ScaleBench.ProfileId}`, every built-in rule that applies to it, over the tables `deptbudget check` checks (the derived tables and the key figures), through `CheckRun.Run`.");
        text.AppendLine();
        Line(text, $"| | {string.Join(" | ", reports.Select(r => r.Scale.Name))} |");
        Line(text, $"|---|{string.Concat(reports.Select(_ => "---:|"))}");
        Row(text, "built-in rules run / skipped", reports, r => $"{N(r.Rules)} / {Skipped(r)}");
        Row(text, "tables / rows / value cells checked (key figures included)", reports, r => $"{r.Tables} / {N(r.Rows)} / {N(r.Cells)}");
        Row(text, "key figures derived from the tables and the dataset (`KeyFigures.Derive`)", reports, r => Ms(r.KeyFigures));
        Row(text, "error findings on the unchanged tables", reports, r => N(r.ErrorsUnchanged));
        Row(text, "cells changed (of them key figures) / findings / failing cells", reports, r => $"{r.Mutated} ({r.MutatedKeyFigures}) / {N(r.Findings)} / {N(r.FailingCells)}");
        Row(text, "first run in the process (JIT not warmed up)", reports, r => Ms(r.Cold));
        Row(text, "**engine: all rules** (`CheckRun.Run`)", reports, r => $"**{Ms(r.Engine)}**");
        Row(text, "allocated by one engine run", reports, r => Mib(r.Allocated));
        Row(text, "**peak working set** after the engine runs (generation and derivation included)", reports, r => $"**{Mib(r.PeakAfterEngine)}**");
        foreach (var engine in reports.SelectMany(r => r.Sql).Select(s => s.Engine).Distinct())
        {
            Row(text, $"{engine}: load, indexes, statistics (not timed in the checks)", reports, r => Sql(r, engine) is { } s ? Seconds(s.Load) : "–");
            Row(text, $"**{engine}: the checks in SQL**", reports, r => Sql(r, engine) is { } s ? $"**{Ms(s.Checks)}**" : "–");
            Row(text, $"{engine} ÷ engine", reports, r => Sql(r, engine) is { } s ? Ratio(s.Checks, r.Engine) : "–");
            Row(text, $"{engine}: failing cells, against the engine's", reports, r => Sql(r, engine) is { } s ? $"{N(s.Failing)}, {(s.Problems.Count == 0 ? "the same" : $"{s.Problems.Count} differ")}" : "–");
        }

        foreach (var skipped in reports.SelectMany(r => r.Skipped).Distinct())
        {
            Row(text, "not run", reports, _ => skipped);
        }

        Row(text, "peak working set at the end (engines loaded in turn)", reports, r => Mib(r.PeakAtEnd));
        Row(text, "target", reports, r => Target(r));
        text.AppendLine();
        foreach (var setup in reports.SelectMany(r => r.Sql).Select(s => $"{s.Engine}: {s.Setup}").Distinct())
        {
            Line(text, $"- {setup}");
        }

        var columns = reports.SelectMany(r => r.Sql.Select(s => (r, s))).ToList();
        if (columns.Count > 0)
        {
            text.AppendLine();
            Line(text, $"| SQL query of Sql/checks.sql (median) | {string.Join(" | ", columns.Select(c => $"{c.r.Scale.Name} {c.s.Engine}"))} |");
            Line(text, $"|---|{string.Concat(columns.Select(_ => "---:|"))}");
            foreach (var query in CheckQueries.All)
            {
                var rules = (query.Rules.Length > 60 ? query.Rules[..60] + "…" : query.Rules).Replace("|", "\\|", StringComparison.Ordinal);
                Line(text, $"| {rules} | {string.Join(" | ", columns.Select(c => QueryTime(c.s, query)))} |");
            }
        }

        return text.ToString();
    }

    private static string Target(CheckReport r)
    {
        var limit = r.Scale.Name == "province" ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(0.1);
        var time = r.Engine <= limit ? $"< {Ms(limit)}: met" : $"< {Ms(limit)}: missed by {Ms(r.Engine - limit)}";
        var slower = r.Sql.Where(s => s.Checks <= r.Engine).Select(s => s.Engine).ToList();
        return time + (slower.Count == 0 ? "; faster than every SQL engine" : $"; not faster than {string.Join(", ", slower)}");
    }

    private static string Skipped(CheckReport r) =>
        r.SkippedRules.Count == 0 ? "0" : $"{r.SkippedRules.Count} ({string.Join(", ", r.SkippedRules.Select(s => s.RuleId))}: {string.Join("; ", r.SkippedRules.Select(s => s.Reason).Distinct())})";

    /// <summary>The query's median time, or “skipped” when it checks only rules the run skipped.</summary>
    private static string QueryTime(CheckSqlRun run, CheckQuery query) =>
        run.PerQuery.FirstOrDefault(p => p.Query == query) is { Query: not null } found ? Ms(found.Time) : "skipped";

    private static CheckSqlRun? Sql(CheckReport report, string engine) => report.Sql.FirstOrDefault(s => s.Engine == engine);

    private static void Row(StringBuilder text, string label, IReadOnlyList<CheckReport> reports, Func<CheckReport, string> cell) =>
        Line(text, $"| {label} | {string.Join(" | ", reports.Select(cell))} |");
}
