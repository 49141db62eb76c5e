using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>One check of <see cref="DatasetValidator"/>.</summary>
internal interface IDatasetRule
{
    void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues);
}
