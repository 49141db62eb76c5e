using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Core.Validation.Rules;

namespace DeptBudget.Core.Validation;

/// <summary>
/// Checks a dataset as entered (数据校验): references between its parts, duplicates, signs, code levels,
/// and codes against the year's lists. Pure: no I/O. Errors make a dataset unusable; warnings are
/// shown and the data kept as entered (an unknown code is never dropped).
/// </summary>
public static class DatasetValidator
{
    private static readonly IDatasetRule[] Rules =
    [
        new UnitReferenceRule(),
        new DuplicateLineRule(),
        new NegativeAmountRule(),
        new ProjectLinkRule(),
        new CodeLevelRule(),
        new KnownCodeRule(),
        new KindFitRule(),
        new BalanceRule(),
        new ThreePublicUnitRule(),
        new ProcurementArithmeticRule(),
    ];

    public static IReadOnlyList<ValidationIssue> Validate(BudgetDataset dataset, ClassificationSet classifications)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(classifications);
        var issues = new IssueList();
        foreach (var rule in Rules)
        {
            rule.Check(dataset, classifications, issues);
        }

        return issues.Items;
    }
}
