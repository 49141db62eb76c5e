using System.Text;
using DeptBudget.Bench.Sql;
using static DeptBudget.Bench.Measuring.Figures;

namespace DeptBudget.Bench.Measuring;

/// <summary>The figures as Markdown tables, to paste into docs/PERFORMANCE.md.</summary>
public static class MarkdownReport
{
    public static string Render(IReadOnlyList<ScaleReport> reports, Machine machine, int runs)
    {
        var text = new StringBuilder();
        Line(text, $"### Figures of {machine.Date}");
        text.AppendLine();
        Line(text, $"Machine: {machine.Processors} cores (`nproc`), {machine.Cpu}, {Gib(machine.MemoryBytes)} memory, {machine.Runtime}, {machine.Os}. Median of {runs} runs after the JIT warm-up and one warm-up run; profile `{ScaleBench.ProfileId}`.");
        text.AppendLine();
        Line(text, $"| | {string.Join(" | ", reports.Select(r => r.Scale.Name))} |");
        Line(text, $"|---|{string.Concat(reports.Select(_ => "---:|"))}");
        Row(text, "departments / units", reports, r => $"{N(r.Scale.Departments)} / {N(r.Units)}");
        Row(text, "expenditure lines / revenue lines / projects", reports, r => $"{N(r.ExpenditureLines)} / {N(r.RevenueLines)} / {N(r.Projects)}");
        Row(text, "generating the data (not part of any figure below)", reports, r => Seconds(r.Generate));
        Row(text, "working set with the data generated (after a full GC)", reports, r => Mib(r.DataWorkingSet));
        Row(text, "consolidation (`RegionConsolidation.Merge`)", reports, r => Ms(r.Merge));
        Row(text, "first derivation in the process (JIT not warmed up), serial", reports, r => r.Cold is { } cold ? Ms(cold) : "–");
        Row(text, "**derive all tables, serial** (`TableDeriver.Derive`)", reports, r => $"**{Ms(r.DeriveSerial)}**");
        Row(text, "**derive all tables, parallel** (`DeriveParallel`)", reports, r => $"**{Ms(r.DeriveParallel)}**");
        Row(text, "consolidation + serial derivation", reports, r => Ms(r.Merge + r.DeriveSerial));
        Row(text, "tables / rows derived", reports, r => $"{r.Tables} / {N(r.Rows)}");
        Row(text, "allocated by one derivation, serial / parallel", reports, r => $"{Mib(r.AllocatedSerial)} / {Mib(r.AllocatedParallel)}");
        Row(text, "**peak working set** after generation and derivation", reports, r => $"**{Mib(r.PeakAfterDerivation)}**");
        foreach (var engine in reports.SelectMany(r => r.Sql).Select(s => s.Engine).Distinct())
        {
            Row(text, $"{engine}: load (not timed in the queries)", reports, r => Sql(r, engine) is { } s ? Seconds(s.Load) : "–");
            Row(text, $"**{engine}: the {SqlQueries.All.Count} GROUP BY queries**", reports, r => Sql(r, engine) is { } s ? $"**{Ms(s.Queries)}**" : "–");
            Row(text, $"{engine} ÷ derivation, serial / parallel", reports, r => Sql(r, engine) is { } s ? $"{Ratio(s.Queries, r.DeriveSerial)} / {Ratio(s.Queries, r.DeriveParallel)}" : "–");
            Row(text, $"{engine}: figures checked against the derived cells", reports, r => Sql(r, engine) is { } s ? $"{N(s.Compared)}, {(s.Problems.Count == 0 ? "all equal" : $"{s.Problems.Count} differ")}" : "–");
        }

        Row(text, "peak working set at the end (both engines loaded in turn)", reports, r => Mib(r.PeakAtEnd));
        Row(text, "target", reports, Target);
        PerQuery(text, reports);
        return text.ToString();
    }

    private static void PerQuery(StringBuilder text, IReadOnlyList<ScaleReport> reports)
    {
        var columns = reports.SelectMany(r => r.Sql.Select(s => (r, s))).ToList();
        if (columns.Count == 0)
        {
            return;
        }

        text.AppendLine();
        Line(text, $"| query (median) | {string.Join(" | ", columns.Select(c => $"{c.r.Scale.Name} {c.s.Engine}"))} |");
        Line(text, $"|---|{string.Concat(columns.Select(_ => "---:|"))}");
        for (var q = 0; q < SqlQueries.All.Count; q++)
        {
            var index = q;
            Line(text, $"| {SqlQueries.All[q].Name} | {string.Join(" | ", columns.Select(c => Ms(c.s.PerQuery[index].Median)))} |");
        }
    }

    private static string Target(ScaleReport r) => r.Scale.Name switch
    {
        "city" => $"< 100 ms: {(r.DeriveSerial.TotalMilliseconds < 100 ? "met" : "missed")}",
        "province" => $"< 2 s and < 3 GB: {(r.DeriveSerial.TotalSeconds < 2 && r.PeakAfterDerivation < 3L * 1024 * 1024 * 1024 ? "met" : "missed")}",
        _ => "–",
    };

    private static SqlRun? Sql(ScaleReport report, string engine) => report.Sql.FirstOrDefault(s => s.Engine == engine);

    private static void Row(StringBuilder text, string label, IReadOnlyList<ScaleReport> reports, Func<ScaleReport, string> cell) =>
        Line(text, $"| {label} | {string.Join(" | ", reports.Select(cell))} |");
}
