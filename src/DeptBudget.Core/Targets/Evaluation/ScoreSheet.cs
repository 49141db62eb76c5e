using DeptBudget.Core.Checks;

namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>The self-evaluation (绩效自评) of one form: a line per scored item, the groups, the total and grade.</summary>
public sealed record ScoreSheet
{
    public required string Title { get; init; }

    /// <summary>The scoring method's name (<see cref="ScoringRules.Name"/>).</summary>
    public string Method { get; init; } = "";

    /// <summary>预算执行率 first, then the indicators of each group.</summary>
    public required IReadOnlyList<ScoreLine> Lines { get; init; }

    public required IReadOnlyList<GroupScore> Groups { get; init; }

    public required decimal Total { get; init; }

    public required string Grade { get; init; }

    /// <summary>Lines below 100% completion (偏差) with their reasons.</summary>
    public IEnumerable<ScoreLine> Deviations => Lines.Where(l => l.IsDeviation);

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>How the numbers are rounded, stated in every output.</summary>
    public const string Rounding = "完成率以百分数计，四舍五入保留两位小数；得分 = 分值 × min(完成率, 100%)；各项得分、各部分得分和总分都由未舍入的得分相加后四舍五入保留两位小数（分值不能整除时，各项之和与合计可能相差 0.01）。定量指标按完成比例计分（越低越好的指标按 目标值 ÷ 实际值），定性指标按等级计分。";
}

/// <summary>One scored item: 预算执行率 or an indicator.</summary>
public sealed record ScoreLine
{
    /// <summary>预算执行率, 产出, 效益, 满意度.</summary>
    public required string Group { get; init; }

    /// <summary>The indicator's path, or 预算执行率.</summary>
    public required string Path { get; init; }

    public required string Target { get; init; }

    /// <summary>The actual value as given, or as computed by the indicator library.</summary>
    public required string Actual { get; init; }

    /// <summary>Empty when the actual was given; the library entry and formula when computed from execution data.</summary>
    public string ActualSource { get; init; } = "";

    /// <summary>分值 (unrounded: 50 ÷ 3 stays exact).</summary>
    public required decimal Weight { get; init; }

    public required Completion Completion { get; init; }

    /// <summary>分值 × min(完成率, 100%), unrounded, so that group totals do not gather rounding (3 × 16.67 ≠ 50).</summary>
    public required decimal Exact { get; init; }

    /// <summary>The score shown: <see cref="Exact"/> rounded to 2 decimals half-up.</summary>
    public decimal Score => CompletionRule.Round(Exact);

    public string Reason { get; init; } = "";

    /// <summary>Completion below 100%, or none at all.</summary>
    public bool IsDeviation => Completion.Percent is not { } p || p < 100;
}

public sealed record GroupScore(string Name, decimal Weight, decimal Score);
