using System.Globalization;
using DeptBudget.Bench;
using DeptBudget.Bench.Audit;
using DeptBudget.Bench.Checks;
using DeptBudget.Bench.Measuring;
using DeptBudget.Bench.Synthetic;

// deptbudget-bench [city|province|checks|import|audit|all] [--runs N] [--no-sql] [--keep]
// "checks" times the built-in rules for the scales named (city and province when none is) instead of the derivation.
// Progress goes to stderr, the Markdown figures to stdout.
const string Usage = "deptbudget-bench [city|province|checks|import|audit|all] [--runs N] [--no-sql] [--keep]";
var scales = new List<RegionScale>();
var runs = 5;
var sql = true;
var import = false;
var checks = false;
var derive = false;
var audit = false;
var keep = false;
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
        case "checks":
            checks = true;
            break;
        case "audit":
            audit = true;
            break;
        case "all":
            scales.AddRange([RegionScale.City, RegionScale.Province]);
            import = checks = derive = audit = true;
            break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            runs = n;
            i++;
            break;
        case "--no-sql":
            sql = false;
            break;
        case "--keep":
            keep = true;
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: {Usage}");
            return 2;
    }
}

if (scales.Count == 0 && checks)
{
    scales.AddRange([RegionScale.City, RegionScale.Province]);
}
else if (scales.Count == 0 && !import && !audit)
{
    scales.Add(RegionScale.City);
}

derive |= !checks && scales.Count > 0;
var reports = new List<ScaleReport>();
foreach (var scale in derive ? scales.Distinct() : [])
{
    reports.Add(ScaleBench.Run(scale, runs, sql, Console.Error));
}

var checkReports = new List<CheckReport>();
foreach (var scale in checks ? scales.Distinct() : [])
{
    checkReports.Add(CheckBench.Run(scale, runs, sql, Console.Error));
}

if (reports.Count > 0)
{
    Console.WriteLine(MarkdownReport.Render(reports, Machine.Current(), runs));
}

if (checkReports.Count > 0)
{
    Console.WriteLine(CheckMarkdown.Render(checkReports, Machine.Current(), runs));
}

if (import)
{
    Console.WriteLine(ImportBench.Run(runs, Console.Error));
}

var auditProblems = new List<string>();
if (audit)
{
    var (markdown, found) = AuditBench.Run(runs, keep, Console.Error);
    Console.WriteLine(markdown);
    auditProblems.AddRange(found);
}

var problems = reports.SelectMany(r => r.Problems).Concat(checkReports.SelectMany(r => r.Problems)).Concat(auditProblems).ToList();
if (problems.Count > 0)
{
    Console.Error.WriteLine($"FAILED: {problems.Count} problems (the engine and SQL differ on figures or failing cells, or a document rendered from clean data has errors):");
    foreach (var problem in problems.Take(50))
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

return 0;
