using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks;

/// <summary>
/// One rule applied to one scope: each condition joined by "and" at the top of the formula is checked on its own,
/// so a finding names the comparison that fails with its stated and expected figures.
/// </summary>
internal sealed class RuleRun(Rule rule, IReadOnlyDictionary<string, Table> tables, List<Finding> findings)
{
    private readonly Evaluator evaluator = new(tables, rule.Tolerance);

    public void Check(EvalScope scope)
    {
        foreach (var condition in Conditions(rule.Formula.Body))
        {
            if (condition is CompareNode compare)
            {
                var result = evaluator.Compare(compare, scope);
                if (!result.WithinTolerance && (compare.Operator == "=" || !result.Holds))
                {
                    var severity = result.Holds && compare.Operator == "=" ? Severity.Rounding : rule.Severity;
                    Add(severity, result.Left.Cell ?? ScopeLocation(scope), result.Left.Value, result.Right.Value, result.Difference, compare.Operator);
                }
            }
            else if (!evaluator.Test(condition, scope))
            {
                Add(rule.Severity, ScopeLocation(scope), null, null, null, "=");
            }
        }
    }

    private static IEnumerable<Node> Conditions(Node node) => node is LogicNode { Operator: "and" } and
        ? Conditions(and.Left).Concat(Conditions(and.Right))
        : [node];

    private static Location ScopeLocation(EvalScope scope) =>
        scope.Table is null ? new Location() : Locations.Of(scope.Table, scope.Row, scope.Column);

    private void Add(Severity severity, Location location, decimal? stated, decimal? expected, decimal? difference, string relation)
    {
        findings.Add(new Finding
        {
            Id = $"{rule.Id}#{findings.Count(f => f.RuleId == rule.Id) + 1}",
            RuleId = rule.Id,
            Severity = severity,
            Location = location,
            Stated = stated,
            Expected = expected,
            Difference = difference,
            Message = FindingMessage.Write(rule, severity, location, stated, expected, difference, relation),
        });
    }
}
