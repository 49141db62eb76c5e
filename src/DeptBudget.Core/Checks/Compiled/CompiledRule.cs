using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>
/// One rule compiled against the tables: its scopes (every forEach table × row × column, in that order) and its
/// conditions (the parts joined by "and" at the top), each checked on its own so that a finding names the failing
/// comparison. Findings come out in scope order, then condition order, without ids.
/// </summary>
internal sealed class CompiledRule
{
    private readonly Rule rule;
    private readonly IReadOnlyDictionary<string, Table> byId;
    private readonly Func<string, TableIndex?> tables;
    private readonly Expr[] conditions;

    public CompiledRule(Rule rule, IReadOnlyDictionary<string, Table> byId, Func<string, TableIndex?> tables)
    {
        this.rule = rule;
        this.byId = byId;
        this.tables = tables;
        var compiler = new FormulaCompiler(tables, rule.Tolerance);
        conditions = [.. Conditions(rule.Formula.Body).Select(compiler.Compile)];
    }

    public List<Finding> Run()
    {
        var findings = new List<Finding>();
        if (rule.Formula.ForEach is not { } header)
        {
            Check(Scope.None, findings);
            return findings;
        }

        var selector = RowSelector.Parse(header.Rows);
        foreach (var table in RuleValidator.ForEachTables(header, byId))
        {
            var index = tables(table.Id)!;
            var columns = RuleValidator.ForEachColumns(header, table).Select(c => (Key: c, Values: index.Column(c))).ToArray();
            var rows = selector.Key is { } key ? (index.Find(key) is var at and >= 0 ? [at] : []) : index.Select(selector, header.Rows.Text);
            foreach (var row in rows)
            {
                foreach (var (column, values) in columns)
                {
                    Check(new Scope(index, row, index.Rows[row], column, values), findings);
                }
            }
        }

        return findings;
    }

    private static IEnumerable<Node> Conditions(Node node) => node is LogicNode { Operator: "and" } and
        ? Conditions(and.Left).Concat(Conditions(and.Right))
        : [node];

    private void Check(in Scope scope, List<Finding> findings)
    {
        foreach (var condition in conditions)
        {
            if (condition is CompareExpr compare)
            {
                var result = compare.Compare(scope);
                if (!result.WithinTolerance && (compare.Operator == "=" || !result.Holds))
                {
                    var severity = result.Holds && compare.Operator == "=" ? Severity.Rounding : rule.Severity;
                    findings.Add(Finding(severity, result.Left.Cell() ?? scope.Location(), result.Left.Value, result.Right.Value, result.Difference, compare.Operator));
                }
            }
            else if (!condition.Test(scope))
            {
                findings.Add(Finding(rule.Severity, scope.Location(), null, null, null, "="));
            }
        }
    }

    private Finding Finding(Severity severity, Location location, decimal? stated, decimal? expected, decimal? difference, string relation) => new()
    {
        Id = "",
        RuleId = rule.Id,
        Severity = severity,
        Location = location,
        Stated = stated,
        Expected = expected,
        Difference = difference,
        Message = FindingMessage.Write(rule, severity, location, stated, expected, difference, relation),
    };
}
