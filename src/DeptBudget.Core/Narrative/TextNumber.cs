namespace DeptBudget.Core.Narrative;

/// <summary>A number found in a sentence, in the text <see cref="TextNumbers.Normalize"/> made of it.</summary>
public sealed record TextNumber
{
    /// <summary>Start in the normalised text.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) in the normalised text, after the unit.</summary>
    public required int End { get; init; }

    /// <summary>Amounts in 万元 (元 and 亿元 converted exactly), percents as written (17.14 for 17.14%), years as the year.</summary>
    public required decimal Value { get; init; }

    public required NumberUnit Unit { get; init; }

    /// <summary>The last written digit's worth in <see cref="Value"/>'s unit: 0.01 for “1352.27 万元”, 1 for “6 万元”, 0.0001 for “60000 元”.</summary>
    public required decimal Precision { get; init; }

    /// <summary>The figure as written, normalised (“1352.27 万元”, “17.14%”).</summary>
    public required string Text { get; init; }

    /// <summary>≤, ≥, &lt; or &gt; written before the figure: a limit, not a fact.</summary>
    public char? Comparator { get; init; }

    /// <summary>Money or a percent: the figures a narrative check binds.</summary>
    public bool IsFigure => Unit is NumberUnit.TenThousandYuan or NumberUnit.Percent;
}

public enum NumberUnit
{
    /// <summary>万元 (also 元 and 亿元, converted).</summary>
    TenThousandYuan,

    /// <summary>%.</summary>
    Percent,

    /// <summary>“2022 年”.</summary>
    Year,

    /// <summary>A head count, “23 人”, “3 名” (not 人次).</summary>
    Persons,

    /// <summary>Any other count (辆, 台, 个, 人次 …) or a bare number.</summary>
    Other,
}
