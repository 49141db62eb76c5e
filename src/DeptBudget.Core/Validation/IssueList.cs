namespace DeptBudget.Core.Validation;

/// <summary>Collects the findings of the rules in the order they are found.</summary>
internal sealed class IssueList
{
    private readonly List<ValidationIssue> issues = [];

    public IReadOnlyList<ValidationIssue> Items => issues;

    public void Error(string collection, int? index, string? field, string detail, int? related = null) =>
        issues.Add(new ValidationIssue(IssueSeverity.Error, new IssueLocation(collection, index, field), detail, related));

    public void Warning(string collection, int? index, string? field, string detail) =>
        issues.Add(new ValidationIssue(IssueSeverity.Warning, new IssueLocation(collection, index, field), detail));
}
