using System.Globalization;
using DeptBudget.Bench;
using DeptBudget.Bench.Measuring;
using DeptBudget.Bench.Synthetic;

// deptbudget-bench [city|province|import|all] [--runs N] [--no-sql]
// Progress goes to stderr, the Markdown figures to stdout.
var scales = new List<RegionScale>();
var runs = 5;
var sql = true;
var import = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "city" or "province":
            scales.Add(RegionScale.Of(args[i]));
            break;
        case "import":
            import = true;
            break;
        case "all":
            scales.AddRange([RegionScale.City, RegionScale.Province]);
            import = true;
            break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            runs = n;
            i++;
            break;
        case "--no-sql":
            sql = false;
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: deptbudget-bench [city|province|import|all] [--runs N] [--no-sql]");
            return 2;
    }
}

if (scales.Count == 0 && !import)
{
    scales.Add(RegionScale.City);
}

var reports = new List<ScaleReport>();
foreach (var scale in scales.Distinct())
{
    reports.Add(ScaleBench.Run(scale, runs, sql, Console.Error));
}

if (reports.Count > 0)
{
    Console.WriteLine(MarkdownReport.Render(reports, Machine.Current(), runs));
}

if (import)
{
    Console.WriteLine(ImportBench.Run(runs, Console.Error));
}
var problems = reports.SelectMany(r => r.Problems).ToList();
if (problems.Count > 0)
{
    Console.Error.WriteLine($"FAILED: {problems.Count} figures differ between the derivation and SQL:");
    foreach (var problem in problems.Take(50))
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

return 0;
