using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>
/// A procurement line's amount is quantity × unit price (to the 分), and its amounts reserved for
/// small and medium enterprises (面向中小企业) and, within them, micro enterprises do not exceed it.
/// Lines with neither quantity nor unit price state only an amount and are not checked.
/// </summary>
internal sealed class ProcurementArithmeticRule : IDatasetRule
{
    private const decimal Tolerance = 0.01m;

    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        for (var i = 0; i < dataset.Procurement.Count; i++)
        {
            var line = dataset.Procurement[i];
            if (line.Quantity != 0 || line.UnitPrice != 0)
            {
                var product = line.Quantity * line.UnitPrice;
                if (Math.Abs(product - line.Amount) > Tolerance)
                {
                    issues.Warning(DatasetCollections.Procurement, i, "amount",
                        $"金额 {Text.Amount(line.Amount)} 元不等于数量 {Text.Number(line.Quantity)} × 单价 {Text.Amount(line.UnitPrice)} 元 = {Text.Amount(product)} 元。请核对数量、单价和金额。");
                }
            }

            if (line.SmeAmount > line.Amount)
            {
                issues.Warning(DatasetCollections.Procurement, i, "smeAmount",
                    $"面向中小企业预留金额 {Text.Amount(line.SmeAmount)} 元大于采购金额 {Text.Amount(line.Amount)} 元。请核对。");
            }

            if (line.MicroAmount > line.SmeAmount)
            {
                issues.Warning(DatasetCollections.Procurement, i, "microAmount",
                    $"面向小微企业金额 {Text.Amount(line.MicroAmount)} 元大于面向中小企业预留金额 {Text.Amount(line.SmeAmount)} 元（小微企业金额是其中的一部分）。请核对。");
            }
        }
    }
}
