namespace DeptBudget.Core.Targets.Library;

/// <summary>A common indicator of the library (DOMAIN §6.4): what it measures and how it is computed.</summary>
public sealed record LibraryIndicator
{
    /// <summary>The indicator's name, e.g. 预算执行率.</summary>
    public required string Name { get; init; }

    /// <summary>Other names forms use for it (预算完成率).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>一级指标 it belongs under.</summary>
    public string Level1 { get; init; } = "";

    /// <summary>二级指标 it belongs under.</summary>
    public string Level2 { get; init; } = "";

    /// <summary>指标解释.</summary>
    public string Definition { get; init; } = "";

    /// <summary>The formula over named inputs, e.g. "执行数 / 预算数 * 100".</summary>
    public required Formula Formula { get; init; }

    public string Unit { get; init; } = "%";

    public Direction Direction { get; init; }

    /// <summary>Inputs the budget dataset supplies: input name → key figure and column ("threePublic.thisYear").</summary>
    public IReadOnlyDictionary<string, string> KeyFigureInputs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
