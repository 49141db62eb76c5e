using System.Globalization;
using DeptBudget.Bench.Measuring;
using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Bench;

/// <summary>
/// Times `deptbudget import` of an entry workbook with 100,000 expenditure lines: the city's first
/// 100,000 lines with every unit and project they name, written as the entry workbook, then read back.
/// </summary>
internal static class ImportBench
{
    public const int Lines = 100_000;

    public static string Run(int runs, TextWriter progress)
    {
        var city = RegionConsolidation.Merge(SyntheticRegion.Generate(RegionScale.City).Departments, "410700", "某市");
        var dataset = city with { Expenditures = DistinctLines(city).Take(Lines).ToList() };
        var classifications = BenchClassifications.Year2022;
        var work = Directory.CreateTempSubdirectory("deptbudget-bench-import-");
        try
        {
            var path = Path.Combine(work.FullName, "entry.xlsx");
            DatasetWorkbook.Write(dataset, classifications, path);
            progress.WriteLine($"import: workbook of {Lines:N0} lines written, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB");
            var first = Timing.Time(() => Check(EntryImport.Import(path, _ => classifications)));
            var times = new List<TimeSpan>();
            for (var i = 0; i < runs; i++)
            {
                Timing.Settle();
                times.Add(Timing.Time(() => Check(EntryImport.Import(path, _ => classifications))));
            }

            if (Environment.GetEnvironmentVariable("DEPTBUDGET_BENCH_KEEP") is { Length: > 0 } keep)
            {
                File.Copy(path, keep, overwrite: true);
                progress.WriteLine($"import: workbook kept as {keep}");
            }

            return Report(new FileInfo(path).Length, first, Timing.Median(times), runs);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The generator may repeat a line's key; a dataset may not, so repeated keys are summed into one line.</summary>
    private static List<ExpenditureLine> DistinctLines(BudgetDataset dataset)
    {
        var lines = dataset.Expenditures
            .GroupBy(l => l with { Amount = 0 })
            .Select(g => g.Key with { Amount = g.Sum(l => l.Amount) })
            .ToList();
        return lines.Count >= Lines
            ? lines
            : throw new InvalidOperationException($"the city has only {lines.Count} distinct lines, fewer than {Lines}");
    }

    private static void Check(ImportResult result)
    {
        if (result.Dataset.Expenditures.Count != Lines)
        {
            throw new InvalidOperationException($"import read {result.Dataset.Expenditures.Count} lines, not {Lines}");
        }
    }

    private static string Report(long bytes, TimeSpan first, TimeSpan median, int runs) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        ### Import of the entry workbook

        | lines | workbook | first import in the process | median of {runs} | target |
        |---:|---:|---:|---:|---|
        | {Lines:N0} | {bytes / 1024.0 / 1024.0:0.0} MiB | {first.TotalSeconds:0.00} s | {median.TotalSeconds:0.00} s | < 3 s |

        """);
}
