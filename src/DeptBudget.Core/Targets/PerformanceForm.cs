namespace DeptBudget.Core.Targets;

/// <summary>Which form it is (DOMAIN §6.2, §6.3).</summary>
public enum FormKind
{
    /// <summary>部门整体绩效目标申报表.</summary>
    Department,

    /// <summary>项目支出绩效目标申报表, one project.</summary>
    Project,

    /// <summary>部门预算项目绩效目标汇总表: every project in one table.</summary>
    ProjectSummary,
}

/// <summary>A performance-target form as filed, read into one model whatever the city's layout.</summary>
public sealed record PerformanceForm
{
    /// <summary>The template (layout) it was read with, e.g. "hubei-department".</summary>
    public required string TemplateId { get; init; }

    public required FormKind Kind { get; init; }

    /// <summary>The title as printed.</summary>
    public required string Title { get; init; }

    public FormHeader Header { get; init; } = new();

    public MoneyOverview? Money { get; init; }

    /// <summary>部门职能概述, one entry per numbered function.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    public IReadOnlyList<FormTask> Tasks { get; init; } = [];

    /// <summary>The project list (department form) or the project blocks (project forms).</summary>
    public IReadOnlyList<FormProject> Projects { get; init; } = [];

    /// <summary>The stated total of all projects (the summary table's department row), when printed.</summary>
    public decimal? ProjectsTotal { get; init; }

    public FormGoal? LongTerm { get; init; }

    public FormGoal? Annual { get; init; }

    /// <summary>Every indicator of the form: long-term, annual and the projects'.</summary>
    public IEnumerable<Indicator> AllIndicators =>
        (LongTerm?.Indicators ?? []).Concat(Annual?.Indicators ?? []).Concat(Projects.SelectMany(p => p.Indicators));
}
