using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks;

/// <summary>Runs rules over a set of tables and reports what does not hold (审核).</summary>
public static class CheckEngine
{
    /// <summary>
    /// Every rule that applies to the profile is validated against the tables (a <see cref="RuleException"/> names
    /// the rule file, line and column of what is wrong) and then run.
    /// </summary>
    public static IReadOnlyList<Finding> Run(IReadOnlyList<Table> tables, IEnumerable<Rule> rules, string profileId)
    {
        var byId = tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var rule in rules.Where(r => r.AppliesTo(profileId)))
        {
            try
            {
                RuleValidator.Validate(rule.Formula, byId);
            }
            catch (RuleException ex)
            {
                throw new RuleException($"规则 {rule.Id}：{ex.Message}", ex.Position, rule.Source);
            }

            var run = new RuleRun(rule, byId, findings);
            foreach (var scope in Scopes(rule.Formula, byId))
            {
                run.Check(scope);
            }
        }

        return findings;
    }

    private static IEnumerable<EvalScope> Scopes(Formula formula, IReadOnlyDictionary<string, Table> tables)
    {
        if (formula.ForEach is not { } header)
        {
            yield return EvalScope.None;
            yield break;
        }

        var selector = RowSelector.Parse(header.Rows);
        foreach (var table in RuleValidator.ForEachTables(header, tables))
        {
            var columns = RuleValidator.ForEachColumns(header, table).ToList();
            foreach (var row in selector.Select(table, null).ToList())
            {
                foreach (var column in columns)
                {
                    yield return new EvalScope(table, row, column);
                }
            }
        }
    }
}
