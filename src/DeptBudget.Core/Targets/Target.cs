namespace DeptBudget.Core.Targets;

/// <summary>The comparison written before a target's value (计算符号).</summary>
public enum Comparison
{
    /// <summary>No operator written: "100%", "10人".</summary>
    None,
    AtLeast,
    AtMost,
    Equal,
    Above,
    Below,
    About,
}

/// <summary>An indicator's target value (指标值) as read from its text, parsed once.</summary>
public abstract record Target
{
    /// <summary>The text as written in the form.</summary>
    public required string Text { get; init; }
}

/// <summary>One measurable part: operator, number and unit, e.g. "≥90%", "专项整治 166 个项目".</summary>
public sealed record QuantitativeTarget : Target
{
    public required Comparison Operator { get; init; }

    public required decimal Value { get; init; }

    /// <summary>"%", "万元", "个项目"; empty when none is written.</summary>
    public required string Unit { get; init; }

    /// <summary>What is counted, when written before the number ("专项整治"); empty otherwise.</summary>
    public string Label { get; init; } = "";
}

/// <summary>
/// A date to finish by (时效): "2023年12月底前完成", "6月30日前上线", "2024年底前". Without a day it means the month's end;
/// without a year, the form's year.
/// </summary>
public sealed record DeadlineTarget : Target
{
    public int? Year { get; init; }

    public required int Month { get; init; }

    public int? Day { get; init; }
}

/// <summary>Several measurable parts in one cell: "专项整治 166 个项目，核查大数据 2756 条".</summary>
public sealed record CompoundTarget : Target
{
    public required IReadOnlyList<QuantitativeTarget> Parts { get; init; }
}

/// <summary>A target in words (定性): "健全", "合规", "得到优化".</summary>
public sealed record QualitativeTarget : Target;

/// <summary>A cell that holds numbers the parser cannot place, or a unit without a number ("TB").</summary>
public sealed record UnreadableTarget : Target
{
    /// <summary>Why it could not be read, in Chinese.</summary>
    public required string Reason { get; init; }
}

/// <summary>An empty target cell.</summary>
public sealed record MissingTarget : Target;

public static class ComparisonText
{
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.None => "",
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.Equal => "=",
        Comparison.Above => ">",
        Comparison.Below => "<",
        Comparison.About => "≈",
    };

    /// <summary>Whether the operator asks for at least the value (≥, >).</summary>
    public static bool IsLowerBound(this Comparison comparison) => comparison is Comparison.AtLeast or Comparison.Above;

    /// <summary>Whether the operator asks for at most the value (≤, &lt;).</summary>
    public static bool IsUpperBound(this Comparison comparison) => comparison is Comparison.AtMost or Comparison.Below;
}
