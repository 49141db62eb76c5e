namespace DeptBudget.Core.Narrative;

/// <summary>
/// A figure of a sentence bound to what it claims (说明中的数字): an amount of a subject, a share of a whole, a change
/// against a year with its percent and direction words, a head count of a staffing subject (编制 25 人), or — when nothing in the sentence says what it is about —
/// an unbound figure, kept so that it is reported rather than lost.
/// </summary>
public sealed record NarrativeFact
{
    public required FactKind Kind { get; init; }

    /// <summary>The key-figure key (“basic”, “revenueTotal”); null for an unbound figure.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Amount: 万元. Share: the percent. Change: the amount in 万元, negative for 减少. Count: persons. Unbound: the figure in its unit.
    /// </summary>
    public required decimal Value { get; init; }

    /// <summary>The worth of the last written digit (0.01 for “953.86”, 0.1 for “3.3”): the text's own rounding.</summary>
    public decimal Precision { get; init; } = 0.01m;

    /// <summary>Share: the whole it is a share of. Amount, count: the whole of the “其中：” list it is part of.</summary>
    public string? Whole { get; init; }

    /// <summary>Amounts and shares listed under one “其中：” have the same group; 0 for none.</summary>
    public int Group { get; init; }

    /// <summary>Change: the word before the amount (增加, 减少, 持平).</summary>
    public ChangeDirection? Direction { get; init; }

    /// <summary>Change: the percent as written (positive; its direction in <see cref="PercentDirection"/>).</summary>
    public decimal? Percent { get; init; }

    public decimal PercentPrecision { get; init; } = 0.01m;

    /// <summary>Change: the word before the percent (增长, 下降), null when none was written.</summary>
    public ChangeDirection? PercentDirection { get; init; }

    /// <summary>Change: the year compared with (“与 2021 年预算相比”), null when not stated.</summary>
    public int? AgainstYear { get; init; }

    /// <summary>The figure as written (normalised): “279.71 万元”, “17.14%”; a change with its percent: “279.71 万元 / 17.14%”.</summary>
    public required string Figure { get; init; }

    /// <summary>Unbound: 万元 or a percent.</summary>
    public NumberUnit Unit { get; init; } = NumberUnit.TenThousandYuan;

    /// <summary>Unbound: why nothing could be bound, in Chinese.</summary>
    public string? Reason { get; init; }

    public required NarrativeSentence Sentence { get; init; }

    /// <summary>The function code's path of names the figure is about (its <see cref="Subject"/> is the path's text); null for a key-figure subject.</summary>
    public FunctionPath? Function { get; init; }

    /// <summary>The percent with its sign: negative when written 下降 (or, with no word, when the amount decreased).</summary>
    public decimal? SignedPercent => Percent is { } p ? ((PercentDirection ?? Direction) == ChangeDirection.Decrease ? -p : p) : null;
}

public enum FactKind
{
    /// <summary>“基本支出 953.86 万元”.</summary>
    Amount,

    /// <summary>“占 70.54%”.</summary>
    Share,

    /// <summary>“收入减少 279.71 万元，下降 17.14%”.</summary>
    Change,

    /// <summary>A figure nothing in the sentence binds.</summary>
    Unbound,

    /// <summary>“实有在职人员 23 人”: a head count of a staffing subject (unit 人 or 名).</summary>
    Count,
}

public enum ChangeDirection
{
    /// <summary>增加, 增长, 上升.</summary>
    Increase,

    /// <summary>减少, 下降, 降低.</summary>
    Decrease,

    /// <summary>持平.</summary>
    Flat,
}

public static class ChangeDirectionText
{
    public static string Label(this ChangeDirection direction, bool percent) => direction switch
    {
        ChangeDirection.Increase => percent ? "增长" : "增加",
        ChangeDirection.Decrease => percent ? "下降" : "减少",
        ChangeDirection.Flat => "持平",
    };

    public static ChangeDirection Of(decimal signed) => signed switch
    {
        > 0 => ChangeDirection.Increase,
        < 0 => ChangeDirection.Decrease,
        _ => ChangeDirection.Flat,
    };
}
