using DeptBudget.Core.Model;

namespace DeptBudget.Core.Classifications;

/// <summary>
/// Maps 部门预算支出经济分类 款 to 政府预算支出经济分类 款; the target depends on the kind of body
/// the money goes to (DOMAIN §3.2). Rules are per 款 or per 类 (a 3-digit source applies to all its 款).
/// </summary>
public sealed class EconomicMapping
{
    private readonly Dictionary<(int Source, BodyKind Body), EconomicCode> rules = [];

    public EconomicMapping(IEnumerable<EconomicMappingRule> rules)
    {
        foreach (var rule in rules)
        {
            if (!this.rules.TryAdd((rule.Source.Value, rule.Body), rule.Target))
            {
                throw new ArgumentException($"经济分类对照：{rule.Source}（{rule.Body}）重复。", nameof(rules));
            }
        }
    }

    public int Count => rules.Count;

    /// <summary>The government code for a department code and a body kind, or null when no rule covers it.</summary>
    public EconomicCode? Map(EconomicCode source, BodyKind body)
    {
        if (rules.TryGetValue((source.Value, body), out var exact))
        {
            return exact;
        }

        return rules.TryGetValue((source.Class.Value, body), out var byClass) ? byClass : null;
    }
}

public sealed record EconomicMappingRule(EconomicCode Source, BodyKind Body, EconomicCode Target);
