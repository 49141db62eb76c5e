using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>收支平衡: revenue total (including carry-over) equals expenditure total.</summary>
internal sealed class BalanceRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        if (dataset.Revenues.Count == 0 && dataset.Expenditures.Count == 0)
        {
            return;
        }

        var revenue = dataset.Revenues.Sum(r => r.Amount);
        var expenditure = dataset.Expenditures.Sum(e => e.Amount);
        if (revenue != expenditure)
        {
            issues.Warning(DatasetCollections.Revenues, null, "amount",
                $"收入合计 {Text.Amount(revenue)} 与支出合计 {Text.Amount(expenditure)} 不相等（相差 {Text.Amount(revenue - expenditure)}）。部门预算收支应平衡，请核对“收入”和“支出明细”。");
        }
    }
}
