namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>The scoring methods shipped as data, and which one scores a form.</summary>
public sealed class ScoringMethods(IReadOnlyList<ScoringRules> methods)
{
    public IReadOnlyList<ScoringRules> All { get; } = methods.Count > 0 ? methods : throw new ArgumentException("at least one scoring method is needed", nameof(methods));

    /// <summary>
    /// The method for the indicators being scored: a named project's indicators are a project's (the project method),
    /// otherwise the form's own — the method naming its template, else its kind, else the first.
    /// </summary>
    public ScoringRules For(PerformanceForm form, string project)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(project);
        var projectOfDepartment = project.Length > 0 && form.Kind == FormKind.Department;
        var kind = projectOfDepartment ? FormKind.Project : form.Kind;
        var kindName = char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
        return (projectOfDepartment ? null : All.FirstOrDefault(m => m.AppliesTo.Contains(form.TemplateId, StringComparer.Ordinal)))
            ?? All.FirstOrDefault(m => m.AppliesTo.Contains(kindName, StringComparer.Ordinal))
            ?? All[0];
    }
}
