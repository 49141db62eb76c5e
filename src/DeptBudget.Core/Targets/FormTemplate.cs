namespace DeptBudget.Core.Targets;

/// <summary>
/// A form's layout, kept as data (data/targets/templates/*.json): how to recognise it, its sections, how the
/// indicator table's columns map to the model, and what a complete form holds.
/// </summary>
public sealed record FormTemplate
{
    public required string Id { get; init; }

    /// <summary>The form's name as a reviewer says it.</summary>
    public required string Title { get; init; }

    public required FormKind Kind { get; init; }

    /// <summary>Which reading strategy fits the layout: hubei-department, zhengzhou-department, henan-department, henan-project-summary, hubei-project.</summary>
    public required string Layout { get; init; }

    /// <summary>Texts that all appear in a form of this layout; used to pick the template.</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>A heading the form starts at, when it is part of a longer document (seed 002).</summary>
    public string? Start { get; init; }

    /// <summary>Section role (money, functions, tasks, projects, longTermGoal, longTermIndicators, annualGoal, annualIndicators, indicators) → heading as printed.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; init; } = new Dictionary<string, string>();

    /// <summary>The indicator table's columns in printed order: level1, level2, level3, previous, target, operator, value, unit, basis, class, explanation, formula, notes.</summary>
    public IReadOnlyList<string> IndicatorColumns { get; init; } = [];

    /// <summary>The first-level indicators of the layout (DOMAIN §6.2).</summary>
    public IReadOnlyList<string> FirstLevel { get; init; } = [];

    /// <summary>First-level indicators every form (or every project) must have.</summary>
    public IReadOnlyList<string> RequiredFirstLevel { get; init; } = [];

    /// <summary>Second-level indicators every project must have (数量, 质量, 时效, 成本), matched by containment.</summary>
    public IReadOnlyList<string> RequiredSecondLevel { get; init; } = [];

    /// <summary>The expenditure lines the project list must add up to (e.g. 运转类 + 特定目标类 项目支出).</summary>
    public IReadOnlyList<string> ProjectListReconcilesTo { get; init; } = [];

    public bool HasColumn(string role) => IndicatorColumns.Contains(role, StringComparer.Ordinal);

    /// <summary>The heading of a section role, or null when the layout has no such section.</summary>
    public string? Heading(string role) => Sections.TryGetValue(role, out var heading) ? heading : null;
}
