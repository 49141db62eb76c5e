using System.Runtime.ExceptionServices;
using DeptBudget.Core.Checks.Compiled;
using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks;

/// <summary>Runs rules over a set of tables and reports what does not hold (审核).</summary>
public static class CheckEngine
{
    /// <summary>
    /// Every rule that applies to the profile is validated against the tables (a <see cref="RuleException"/> names
    /// the rule file, line and column of what is wrong) and then run. Rules are compiled once and run in parallel;
    /// the findings come out in rule order, then scope order, numbered per rule, the same on every run.
    /// </summary>
    public static IReadOnlyList<Finding> Run(IReadOnlyList<Table> tables, IEnumerable<Rule> rules, string profileId)
    {
        var byId = tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var applying = rules.Where(r => r.AppliesTo(profileId)).ToList();
        foreach (var rule in applying)
        {
            try
            {
                RuleValidator.Validate(rule.Formula, byId);
            }
            catch (RuleException ex)
            {
                throw new RuleException($"规则 {rule.Id}：{ex.Message}", ex.Position, rule.Source);
            }
        }

        var indexes = byId.ToDictionary(p => p.Key, p => new Lazy<TableIndex>(() => new TableIndex(p.Value)), StringComparer.Ordinal);
        TableIndex? Index(string id) => indexes.TryGetValue(id, out var index) ? index.Value : null;
        var results = new List<Finding>[applying.Count];
        var failures = new Exception?[applying.Count];
        Parallel.For(0, applying.Count, i =>
        {
            try
            {
                results[i] = new CompiledRule(applying[i], byId, Index).Run();
            }
            catch (Exception ex)
            {
                failures[i] = ex;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return Number(results);
    }

    /// <summary>"rule#n", n counting the rule id's findings in order (as a rule id may appear in two files).</summary>
    private static List<Finding> Number(List<Finding>[] results)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var findings = new List<Finding>(results.Sum(r => r.Count));
        foreach (var finding in results.SelectMany(r => r))
        {
            var n = counts[finding.RuleId] = counts.GetValueOrDefault(finding.RuleId) + 1;
            findings.Add(finding with { Id = $"{finding.RuleId}#{n}" });
        }

        return findings;
    }
}
