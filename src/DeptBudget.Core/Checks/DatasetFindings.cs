using System.Globalization;
using DeptBudget.Core.Validation;

namespace DeptBudget.Core.Checks;

/// <summary>
/// The dataset-level checks as findings: <see cref="DatasetValidator"/>'s issues (economic codes that do not fit
/// the kind, codes not in the year's lists, …) in the model of the table rules, so that one report holds both.
/// </summary>
public static class DatasetFindings
{
    /// <summary>The rule id of a finding converted from a validation issue.</summary>
    public const string ValidationRuleId = "dataset-validation";

    public static IReadOnlyList<Finding> FromIssues(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return issues.Select((issue, i) => new Finding
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{ValidationRuleId}#{i + 1}"),
            RuleId = ValidationRuleId,
            Severity = issue.Severity == IssueSeverity.Error ? Severity.Error : Severity.Warning,
            Location = new Location { Section = issue.Location.Describe() },
            Message = issue.Message,
        }).ToList();
    }
}
