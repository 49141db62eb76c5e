using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Targets;

/// <summary>The word lists the target review works with, loaded from data/targets (so a reviewer can extend them).</summary>
public sealed record ReviewVocabulary
{
    public required DirectionLexicon Directions { get; init; }

    /// <summary>Words that make a target vague (逐步提高, 得到优化).</summary>
    public required IReadOnlyList<string> VagueWords { get; init; }

    /// <summary>Qualitative targets checkable as yes or no (健全, 合规).</summary>
    public required IReadOnlyList<string> CheckableWords { get; init; }

    /// <summary>The allowed 指标值确定依据.</summary>
    public required IReadOnlyList<string> Bases { get; init; }

    /// <summary>The allowed 指标分类.</summary>
    public required IReadOnlyList<string> Classes { get; init; }

    /// <summary>The indicator library: where its indicators belong, their definitions and formulas, relations between them.</summary>
    public IndicatorLibrary Library { get; init; } = IndicatorLibrary.Empty;

    /// <summary>Name endings of count indicators and the unit they are counted in (人才数量 → 人).</summary>
    public IReadOnlyList<(string Ending, string Unit)> CountUnits { get; init; } = [];
}
