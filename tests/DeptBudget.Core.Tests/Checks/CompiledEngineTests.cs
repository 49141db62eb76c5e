using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;
using Expected = (string Id, DeptBudget.Core.Checks.Severity Severity, DeptBudget.Core.Checks.Location Location, decimal? Stated, decimal? Expected, decimal? Difference, string Message);

namespace DeptBudget.Core.Tests.Checks;

/// <summary>
/// The engine compiles formulas and runs rules in parallel; these tests hold it to what the interpreter
/// (<see cref="Evaluator"/>, one scope at a time) finds, finding by finding.
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

    [Fact]
    public void Run_FindsWhatTheInterpreterFinds_FindingByFinding()
    {
        // Two files with the same rule ids: numbering continues across them.
        string File(int part) => string.Join("\n", Formulas.Select((f, i) => (f, i)).Where(p => p.i / 8 == part)
            .Select(p => $"rule: r{p.i % 8}\ntitle: 规则{p.i}\ntolerance: {(p.i == 3 ? "0.5" : "0")}\nformula: {p.f}\n"));
        var rules = RuleFile.Parse(File(0), "a.rules").Concat(RuleFile.Parse(File(1), "b.rules")).ToList();
        var tables = new[] { Expenditure, Projects };

        var expected = Interpret(tables, rules);
        var findings = CheckEngine.Run(tables, rules, "henan-2022");

        Assert.True(expected.Count > 10, $"the formulas should fail somewhere: {expected.Count}");
        Assert.Equal(expected, findings.Select(f => (f.Id, f.Severity, f.Location, f.Stated, f.Expected, f.Difference, f.Message)));
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

    /// <summary>What the engine did before it compiled rules: the evaluator over every scope, rule after rule.</summary>
    private static List<Expected> Interpret(IReadOnlyList<Table> tables, IReadOnlyList<Rule> rules)
    {
        var byId = tables.ToDictionary(t => t.Id);
        var findings = new List<Expected>();
        foreach (var rule in rules)
        {
            var evaluator = new Evaluator(byId, rule.Tolerance);
            foreach (var scope in Scopes(rule.Formula, byId))
            {
                foreach (var condition in Conditions(rule.Formula.Body))
                {
                    var location = scope.Table is null ? new Location() : Locations.Of(scope.Table, scope.Row, scope.Column);
                    if (condition is CompareNode compare)
                    {
                        var result = evaluator.Compare(compare, scope);
                        if (!result.WithinTolerance && (compare.Operator == "=" || !result.Holds))
                        {
                            var severity = result.Holds && compare.Operator == "=" ? Severity.Rounding : rule.Severity;
                            findings.Add(Make(rule, findings, severity, result.Left.Cell ?? location, result.Left.Value, result.Right.Value, result.Difference, compare.Operator));
                        }
                    }
                    else if (!evaluator.Test(condition, scope))
                    {
                        findings.Add(Make(rule, findings, rule.Severity, location, null, null, null, "="));
                    }
                }
            }
        }

        return findings;
    }

    private static IEnumerable<EvalScope> Scopes(Formula formula, IReadOnlyDictionary<string, Table> tables)
    {
        if (formula.ForEach is not { } header)
        {
            return [EvalScope.None];
        }

        var selector = RowSelector.Parse(header.Rows);
        return RuleValidator.ForEachTables(header, tables).SelectMany(table => selector.Select(table, null).ToList()
            .SelectMany(row => RuleValidator.ForEachColumns(header, table).Select(column => new EvalScope(table, row, column))));
    }

    private static IEnumerable<Node> Conditions(Node node) => node is LogicNode { Operator: "and" } and
        ? Conditions(and.Left).Concat(Conditions(and.Right))
        : [node];

    private static Expected Make(Rule rule, List<Expected> findings, Severity severity, Location location, decimal? stated, decimal? expected, decimal? difference, string relation) =>
        ($"{rule.Id}#{findings.Count(f => f.Id.StartsWith(rule.Id + "#", StringComparison.Ordinal)) + 1}", severity, location, stated, expected, difference,
            FindingMessage.Write(rule, severity, location, stated, expected, difference, relation));

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
