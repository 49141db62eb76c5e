using System.Globalization;
using System.Text.RegularExpressions;

namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>How far an actual value reaches its target (完成率), in percent rounded to 2 decimals half-up.</summary>
public sealed record Completion
{
    /// <summary>Uncapped percent (a target beaten shows over 100); null when the actual could not be read.</summary>
    public decimal? Percent { get; init; }

    /// <summary>比例 (quantitative) or the band's name (qualitative).</summary>
    public required string Method { get; init; }

    public static Completion Unread { get; } = new() { Method = "无法计算" };
}

/// <summary>Completion of one indicator: numbers in proportion, direction-aware; words by band.</summary>
public static partial class CompletionRule
{
    public static Completion Of(Target target, string actual, Direction direction, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(rules);
        if (target is QuantitativeTarget quantitative && Number(actual) is { } value)
        {
            return new Completion { Percent = Round(Ratio(quantitative, value, direction) * 100), Method = "比例" };
        }

        if (target is DeadlineTarget deadline && FinishedOn(actual) is { } finished)
        {
            var late = (finished.Year ?? deadline.Year ?? 0, finished.Month, finished.Day ?? 0).CompareTo((deadline.Year ?? finished.Year ?? 0, deadline.Month, deadline.Day ?? 31)) > 0;
            return new Completion { Percent = late ? 0 : 100, Method = late ? "逾期" : "按期" };
        }

        // “专项整治 166 个项目，核查大数据 2756 条” against “专项整治 150 个项目，核查大数据 2756 条”: each part in proportion, then their mean.
        if (target is CompoundTarget compound && TargetParser.Parse(actual) is CompoundTarget done && done.Parts.Count == compound.Parts.Count)
        {
            var ratios = compound.Parts.Zip(done.Parts, (t, a) => Ratio(t, a.Value, direction)).ToList();
            return new Completion { Percent = Round(ratios.Average() * 100), Method = "分项比例平均" };
        }

        var band = rules.Bands
            .SelectMany(b => b.Words.Prepend(b.Name).Select(w => (Band: b, Word: w)))
            .Where(b => b.Word.Length > 0 && actual.Contains(b.Word, StringComparison.Ordinal))
            .OrderByDescending(b => b.Word.Length)
            .FirstOrDefault().Band;
        return band is null ? Completion.Unread : new Completion { Percent = band.Percent, Method = band.Name };
    }

    /// <summary>The date an actual says the work was finished on ("2023年11月完成", "12月20日上线"); null when it names none.</summary>
    public static (int? Year, int Month, int? Day)? FinishedOn(string actual)
    {
        var match = DatePattern().Match(actual);
        if (!match.Success)
        {
            return null;
        }

        int? Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : null;
        return (Part("year"), Part("month")!.Value, Part("day"));
    }

    /// <summary>2 decimals, half away from zero (四舍五入).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The number an actual value starts with ("96.5%", "1,200 人次"); null when there is none.</summary>
    public static decimal? Number(string actual)
    {
        var match = NumberPattern().Match(actual.Replace(",", "", StringComparison.Ordinal));
        return match.Success ? decimal.Parse(match.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The direction that scores: the name's, else the operator's (≤ means less is better).</summary>
    public static Direction Effective(Direction named, Comparison comparison) =>
        named != Direction.Neither ? named : comparison.IsUpperBound() ? Direction.LowerIsBetter : Direction.HigherIsBetter;

    private static decimal Ratio(QuantitativeTarget target, decimal actual, Direction direction)
    {
        var lower = Effective(direction, target.Operator) == Direction.LowerIsBetter;
        if (target.Value == 0)
        {
            return !lower || actual <= 0 ? 1 : 0;
        }

        if (!lower)
        {
            return actual / target.Value;
        }

        return actual <= 0 ? 1 : target.Value / actual;
    }

    [GeneratedRegex(@"(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?:(?<day>\d{1,2})\s*日)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\s*-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
