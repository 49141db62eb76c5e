using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Testing;

namespace DeptBudget.Core.Tests.Checks;

/// <summary>
/// The engine compiles formulas and runs rules in parallel; these tests hold it to the findings it gives over every
/// selector, function and operator, in a fixed order.
/// </summary>
public sealed class CompiledEngineTests
{
    /// <summary>Formulas over every selector, function and operator, in and out of a forEach, across tables.</summary>
    private static readonly string[] Formulas =
    [
        "forEach [expenditure-summary|fn, role=subtotal|*]: [@|@|@] = sum[@|children|@]",
        "forEach [expenditure-summary|total|total, basic]: [@|@|@] = sum[@|top|@] and [@|@|@] = sum[@|fn=7|@]",
        "forEach [projects|level<2|*]: [@|@|@] = sum[@|children|@]",
        "forEach [projects|*|total]: [@|@|total] <= 30 and [@|@|total] <> 12",
        "forEach [projects|unit|total]: [@|@|@] = sum[@|children, level=3|@] + count([@|children|@])",
        "forEach [projects|total|total]: [@|@|@] = sum[expenditure-summary|children|@]",
        "forEach [expenditure-summary|f:201|total]: [@|@|@] = sum[projects|children|@] + sum[@|@, children|@]",
        "forEach [expenditure-summary|*|basic]: [projects|@|total] = [@|@|basic] - [@|@|total]",
        "forEach [expenditure-summary|role=detail|total]: [@|@|total] * 2 >= [@|@|basic] + 11 or not [@|@|total] > 5",
        "[expenditure-summary|total|total] = sum[expenditure-summary|prefix=20101, level=3|total]",
        "[expenditure-summary|code=20103|total] = [expenditure-summary|label=人大事务|total] / 4",
        "[expenditure-summary|f:2999999|total] = sum[expenditure-summary|f:2010101|total]",
        "pct([expenditure-summary|f:20101|total], [expenditure-summary|total|total]) < 50",
        "yoy([projects|total|total], [expenditure-summary|total|total]) > abs(-3) and -[projects|p:1|total] = 1",
        "if(isEmpty(\"projects\"), 1 = 2, [projects|unit:118|total] = [projects|total|total] - 1)",
        "count([expenditure-summary|fn|total]) = 6 and [expenditure-summary|total|project] = 1 / 0",
    ];

    private static readonly Table Expenditure = CheckTables.Functions().With("f:20101", "basic", 31m).With("f:2010301", "total", 5.02m);

    /// <summary>合计, department 118 with units 118001 and 118002 (which does not add up), each with a project.</summary>
    private static readonly Table Projects = new()
    {
        Id = "projects",
        Number = "预算10表",
        Title = "项目支出表",
        Columns = [new Column { Key = "total", Label = "合计" }],
        Rows = [.. new (string Key, int Level, RowCodeKind Kind, decimal Total)[]
        {
            ("total", 0, RowCodeKind.None, 35m), ("unit:118", 1, RowCodeKind.Unit, 30m), ("unit:118001", 2, RowCodeKind.Unit, 12m),
            ("p:1", 3, RowCodeKind.Project, 12m), ("unit:118002", 2, RowCodeKind.Unit, 19m), ("p:2", 3, RowCodeKind.Project, 18.99m),
        }.Select(r => Row(r.Key, r.Level, r.Level switch { 0 => RowRole.Total, 3 => RowRole.Detail, _ => RowRole.Subtotal }, r.Kind, r.Total))],
    };

    /// <summary>
    /// Every finding of the formulas, as a golden file. It was first written when the engine was checked finding by
    /// finding against the interpreter it replaced; a change here is a change of the language's meaning.
    /// </summary>
    [Fact]
    public void Run_FindsTheGoldenFindings()
    {
        // Two files with the same rule ids: numbering continues across them.
        string File(int part) => string.Join("\n", Formulas.Select((f, i) => (f, i)).Where(p => p.i / 8 == part)
            .Select(p => $"rule: r{p.i % 8}\ntitle: 规则{p.i}\ntolerance: {(p.i == 3 ? "0.5" : "0")}\nformula: {p.f}\n"));
        var rules = RuleFile.Parse(File(0), "a.rules").Concat(RuleFile.Parse(File(1), "b.rules")).ToList();

        var findings = CheckEngine.Run([Expenditure, Projects], rules, "henan-2022");

        Assert.True(findings.Count > 10, $"the formulas should fail somewhere: {findings.Count}");
        GoldenFile.Verify("tests/DeptBudget.Core.Tests/Checks/Golden/compiled-engine.tsv", string.Concat(findings.Select(f =>
            $"{f.Id}\t{f.Severity}\t{f.Location.Describe()}\t{f.Stated}\t{f.Expected}\t{f.Difference}\t{f.Message}\n")));
    }

    [Fact]
    public void Run_AtRowInAnotherTable_IsTheRowOfTheSameKey()
    {
        var last = Projects with { Id = "last:projects", Rows = [.. Projects.Rows.Reverse().Select(r => r.Key == "p:2" ? r with { Cells = new Dictionary<string, decimal?> { ["total"] = 17m } } : r)] };
        var rules = RuleFile.Parse("rule: same\ntitle: 同行\nformula: forEach [projects|*|total]: [@|@|total] = [last:projects|@|total]\n", "t.rules");

        var finding = Assert.Single(CheckEngine.Run([Projects, last], rules, "henan-2022"));

        Assert.Equal(("p:2", 18.99m, 17m), (finding.Location.RowKey, finding.Stated, finding.Expected));
    }

    [Fact]
    public void Run_SameFindingsOnEveryRun()
    {
        var rules = RuleFile.Parse(string.Join("\n", Formulas.Select((f, i) => $"rule: r{i}\ntitle: 规则{i}\nformula: {f}\n")), "t.rules");

        var first = CheckEngine.Run([Expenditure, Projects], rules, "henan-2022");

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(first, CheckEngine.Run([Expenditure, Projects], rules, "henan-2022"));
        }
    }

    private static TableRow Row(string key, int level, RowRole role, RowCodeKind kind, decimal total) => new()
    {
        Key = key,
        Code = key.Contains(':') ? key[(key.IndexOf(':') + 1)..] : null,
        CodeKind = kind,
        Label = key,
        Level = level,
        Role = role,
        Cells = new Dictionary<string, decimal?> { ["total"] = total },
    };
}
