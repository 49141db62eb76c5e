namespace DeptBudget.Core.Writing.Charts;

/// <summary>How a chart is drawn.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars, one per label, largest first.</summary>
    Bar,

    /// <summary>Parts of one whole (a pie), each with its share.</summary>
    Share,

    /// <summary>Bars grouped by label, one series per year.</summary>
    YearComparison,
}

/// <summary>One series of values, one per label of its chart; amounts in 万元 as the key figures hold them.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// A chart of the disclosure document and its data, all read from the key figures (主要数据): never summed again,
/// so the chart agrees with the tables and the narrative.
/// </summary>
public sealed record Chart
{
    /// <summary>Stable name: <c>classes</c>, <c>basicProject</c>, <c>personnelOperating</c>, <c>years</c>.</summary>
    public required string Id { get; init; }

    public required ChartKind Kind { get; init; }

    public required string Title { get; init; }

    public string Unit { get; init; } = "万元";

    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>For <see cref="ChartKind.Share"/>: the key figures' share (%) of each label; empty otherwise.</summary>
    public IReadOnlyList<decimal> Shares { get; init; } = [];

    /// <summary>The key figures quoted by the paragraph the chart illustrates, in the order the text quotes them.</summary>
    public IReadOnlyList<string> AnchorKeys { get; init; } = [];

    /// <summary>The figures in words, for readers who cannot see the picture (alt text).</summary>
    public string Description => $"{Title}（单位：{Unit}）：" + string.Join("；", Labels.Select((label, i) => label + Values(i))) + "。";

    private string Values(int i)
    {
        var values = Series.Count == 1
            ? Wording.Amount(Series[0].Values[i])
            : string.Join("，", Series.Select(s => s.Name + Wording.Amount(s.Values[i])));
        return Shares.Count > i ? $"{values}，占{Wording.Percent(Shares[i])}" : values;
    }
}

/// <summary>A chart placed in a part, after the narrative paragraph it illustrates.</summary>
public sealed record ChartBlock(Chart Chart) : PartBlock;
