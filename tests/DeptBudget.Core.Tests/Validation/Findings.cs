using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

/// <summary>Runs the validator against the test lists and finds the issues a rule would raise.</summary>
internal static class Findings
{
    public static IReadOnlyList<ValidationIssue> Of(BudgetDataset dataset) =>
        DatasetValidator.Validate(dataset, TestClassifications.Build());

    /// <summary>Asserts exactly one matching issue on the mutated dataset and none on the valid one.</summary>
    public static ValidationIssue FiresOnlyOnMutation(
        BudgetDataset mutated, IssueSeverity severity, string collection, int? index, string? field, string contains)
    {
        bool Matches(ValidationIssue i) =>
            i.Severity == severity && i.Location == new IssueLocation(collection, index, field) && i.Detail.Contains(contains, StringComparison.Ordinal);

        Assert.DoesNotContain(Of(SampleDataset.Valid()), i => i.Location.Collection == collection && i.Location.Field == field);
        return Assert.Single(Of(mutated), Matches);
    }
}
