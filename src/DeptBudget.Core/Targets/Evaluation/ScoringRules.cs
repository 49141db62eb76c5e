namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>The self-evaluation method as data (data/targets/scoring.json; 财预〔2020〕10号 by default).</summary>
public sealed record ScoringRules
{
    /// <summary>The method's name as printed with the score (项目支出绩效自评（财预〔2020〕10号）).</summary>
    public string Name { get; init; } = "";

    /// <summary>
    /// Which forms the method scores: form kinds (department, project, projectSummary) or template ids; the first
    /// method naming the form's template wins, then the first naming its kind (<see cref="ScoringMethods"/>).
    /// </summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];

    /// <summary>
    /// 三级 names of indicators that measure budget execution itself (预算执行率): already scored by the 预算执行率
    /// line, so they are left out of the groups instead of being scored twice.
    /// </summary>
    public IReadOnlyList<string> BudgetIndicators { get; init; } = [];

    /// <summary>分值 of 预算执行率, scored in proportion.</summary>
    public required decimal BudgetWeight { get; init; }

    public required IReadOnlyList<ScoreGroup> Groups { get; init; }

    public required IReadOnlyList<QualitativeBand> Bands { get; init; }

    /// <summary>Grades from the best down: 优 from 90, 良 from 80 ….</summary>
    public required IReadOnlyList<ScoreGrade> Grades { get; init; }

    /// <summary>Months covered by the mid-year monitoring (1–7 月 → 7).</summary>
    public int MidYearMonths { get; init; } = 7;

    /// <summary>Share of the time schedule below which mid-year progress is a warning (0.9: under 90% of 7/12).</summary>
    public decimal Tolerance { get; init; } = 1m;
}

/// <summary>An indicator group and its 分值: 产出 50 (产出指标, 成本指标), 效益 30, 满意度 10.</summary>
public sealed record ScoreGroup
{
    public required string Name { get; init; }

    public required decimal Weight { get; init; }

    /// <summary>Words of the 一级 name that put an indicator in the group.</summary>
    public required IReadOnlyList<string> Words { get; init; }
}

/// <summary>A band for a qualitative result: 达成 100%, 基本达成 80%, 部分达成 60%, 未达成 0.</summary>
public sealed record QualitativeBand
{
    public required string Name { get; init; }

    /// <summary>Completion in percent.</summary>
    public required decimal Percent { get; init; }

    /// <summary>Words an actual value uses for the band (达到, 已完成 …); the longest found wins, so 未达到 beats 达到.</summary>
    public required IReadOnlyList<string> Words { get; init; }
}

public sealed record ScoreGrade
{
    public required string Name { get; init; }

    /// <summary>The lowest total with this grade.</summary>
    public required decimal From { get; init; }
}
