using System.Globalization;
using System.Text;
using DeptBudget.Bench.Measuring;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;

namespace DeptBudget.Bench.Audit;

/// <summary>One document's figures: its size, the first audit in the process, the median of the next runs.</summary>
public sealed record AuditFigures(AuditDocument Document, int Pages, int Blocks, int Tables, long Bytes, TimeSpan FirstRun, TimeSpan ReadMedian, TimeSpan AuditMedian, int Findings, int Errors);

/// <summary>
/// Times `deptbudget check DOCUMENT` as the command does it, in one process: read the file (<see cref="SourceDocuments"/>),
/// recognise and check it (<see cref="DocumentCheck"/>). The first run includes the JIT's work; the median is of the
/// runs after it.
/// </summary>
public static class AuditBench
{
    /// <summary>Prepares the documents, audits each, and (with <paramref name="keep"/>) leaves them in a temporary folder to look at.</summary>
    public static (string Markdown, IReadOnlyList<string> Problems) Run(int runs, bool keep, TextWriter progress)
    {
        var work = Directory.CreateTempSubdirectory("deptbudget-bench-audit-");
        try
        {
            var documents = AuditDocuments.Prepare(work, progress);
            var figures = documents.Select(d => Measure(d, runs, progress)).ToList();
            var problems = figures
                .Where(f => f.Document.Clean && f.Errors > 0)
                .Select(f => $"{f.Document.Name}: {f.Errors} error findings on a document rendered from clean data")
                .ToList();
            return (Render(figures, runs), problems);
        }
        finally
        {
            if (keep)
            {
                progress.WriteLine($"audit: the rendered documents are kept in {work.FullName}");
            }
            else
            {
                work.Delete(recursive: true);
            }
        }
    }

    private static AuditFigures Measure(AuditDocument document, int runs, TextWriter progress)
    {
        progress.WriteLine($"audit: {document.Name} …");
        Timing.Settle();
        DocumentCheckResult? result = null;
        SourceDocument? source = null;
        var first = Timing.Time(() => result = Audit(document.Path, out source));
        var reads = new List<TimeSpan>();
        var audits = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            Timing.Settle();
            reads.Add(Timing.Time(() => SourceDocuments.Read(document.Path)));
            Timing.Settle();
            audits.Add(Timing.Time(() => result = Audit(document.Path, out _)));
        }

        var pages = source!.Blocks.Select(b => b.Position.Page ?? 0).DefaultIfEmpty(0).Max();
        return new AuditFigures(
            document,
            pages,
            source.Blocks.Count,
            result!.Recognized.Tables.Count,
            new FileInfo(document.Path).Length,
            first,
            Timing.Median(reads),
            Timing.Median(audits),
            result.Findings.Count,
            result.Findings.Count(f => f.Severity == Severity.Error));
    }

    private static DocumentCheckResult Audit(string path, out SourceDocument source)
    {
        source = SourceDocuments.Read(path);
        return DocumentCheck.Run(source, null, ShippedRules.All, []);
    }

    private static string Render(IReadOnlyList<AuditFigures> figures, int runs)
    {
        var text = new StringBuilder();
        var machine = Machine.Current();
        text.AppendLine(CultureInfo.InvariantCulture, $"#### Auditing documents: figures of {machine.Date}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Processors} cores, {machine.Cpu}, {machine.Runtime}, {machine.Os}. `SourceDocuments.Read` then `DocumentCheck.Run` with every built-in rule and `--profile auto`, as `deptbudget check DOCUMENT` runs them; median of {runs} runs after a first run in the same process (the first includes the JIT).");
        text.AppendLine();
        text.AppendLine("| document | pages | size | blocks | standard tables | findings (errors) | first run | read, median | whole audit, median |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in figures)
        {
            var pages = f.Pages == 0 ? "–" : f.Pages.ToString(CultureInfo.InvariantCulture);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {f.Document.Name} | {pages} | {f.Bytes / 1024.0:0} KiB | {f.Blocks} | {f.Tables} | {f.Findings} ({f.Errors}) | {Ms(f.FirstRun)} | {Ms(f.ReadMedian)} | **{Ms(f.AuditMedian)}** |");
        }

        return text.ToString();
    }

    private static string Ms(TimeSpan time) => time.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");
}
