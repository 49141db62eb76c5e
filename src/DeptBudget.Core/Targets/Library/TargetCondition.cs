namespace DeptBudget.Core.Targets.Library;

/// <summary>
/// A condition on an indicator's target, as a relation states it: “预算执行率 ≥ 100%”. A target is read as the range of
/// values it asks for: “100%” and “=100%” the one value, “≥90%” 90 and up, “≤5%” 5 and down.
/// </summary>
public sealed record TargetCondition(string Indicator, QuantitativeTarget Bound)
{
    private static readonly char[] Operators = ['≥', '≤', '=', '＝', '<', '>', '＜', '＞', '≧', '≦'];

    public string Text => $"{Indicator} {Bound.Text}";

    /// <exception cref="FormatException">No operator, or no number after it.</exception>
    public static TargetCondition Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOfAny(Operators);
        var bound = at > 0 ? TargetParser.Parse(text[at..].Replace(" ", "", StringComparison.Ordinal)) : null;
        return bound is QuantitativeTarget { Operator: not Comparison.None } quantitative && text[..at].Trim().Length > 0
            ? new TargetCondition(text[..at].Trim(), quantitative)
            : throw new FormatException($"“{text}”应写成 指标名称、比较符号和数值，如“预算执行率 ≥ 100%”");
    }

    /// <summary>Every value the target asks for meets the condition (“100%” ensures ≥ 100%, “≥90%” does not).</summary>
    public bool IsEnsuredBy(QuantitativeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (low, high) = Range(target);
        var (from, to) = Range(Bound);
        return SameUnit(target) && (from is null || (low is not null && low >= from)) && (to is null || (high is not null && high <= to));
    }

    /// <summary>No value the target asks for meets the condition (“20%” contradicts ≤ 0%; “≤20%” does not).</summary>
    public bool IsContradictedBy(QuantitativeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (low, high) = Range(target);
        var (from, to) = Range(Bound);
        return SameUnit(target) && ((high is not null && from is not null && high < from) || (low is not null && to is not null && low > to));
    }

    private bool SameUnit(QuantitativeTarget target) => target.Unit == Bound.Unit;

    private static (decimal? Low, decimal? High) Range(QuantitativeTarget target) => target.Operator switch
    {
        Comparison.AtLeast or Comparison.Above => (target.Value, null),
        Comparison.AtMost or Comparison.Below => (null, target.Value),
        _ => (target.Value, target.Value),
    };
}
