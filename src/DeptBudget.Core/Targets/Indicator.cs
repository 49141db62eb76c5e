namespace DeptBudget.Core.Targets;

/// <summary>One row of an indicator tree (绩效指标): 一级 / 二级 / 三级, its target and what supports it.</summary>
public sealed record Indicator
{
    /// <summary>一级指标, e.g. 产出指标, 运行成本.</summary>
    public string Level1 { get; init; } = "";

    /// <summary>二级指标, e.g. 数量指标, 预算执行.</summary>
    public string Level2 { get; init; } = "";

    /// <summary>三级指标: the indicator's own name.</summary>
    public string Level3 { get; init; } = "";

    public required Target Target { get; init; }

    /// <summary>指标值确定依据: 计划标准, 行业标准, 历史标准, 预算支出标准, 其他标准.</summary>
    public string Basis { get; init; } = "";

    /// <summary>指标分类: 绩效基本型 / 绩效创新型.</summary>
    public string Class { get; init; } = "";

    /// <summary>指标解释 (what it measures).</summary>
    public string Explanation { get; init; } = "";

    /// <summary>指标说明 / formula.</summary>
    public string Formula { get; init; } = "";

    /// <summary>The values of the two previous years as written (前年, 上年); empty when the form has none.</summary>
    public IReadOnlyList<string> PreviousValues { get; init; } = [];

    /// <summary>Notes the reader made while reading the row (a shifted row, a name in the wrong column).</summary>
    public IReadOnlyList<string> ReadingNotes { get; init; } = [];

    public required CellSource Source { get; init; }

    /// <summary>"运行成本/公用经费控制/公用经费控制率" — the path a reviewer reads.</summary>
    public string Path => string.Join("/", new[] { Level1, Level2, Level3 }.Where(l => l.Length > 0));

    /// <summary>Neither a name nor a target: an empty row of the tree.</summary>
    public bool IsEmpty => Level3.Length == 0 && Target is MissingTarget;
}
