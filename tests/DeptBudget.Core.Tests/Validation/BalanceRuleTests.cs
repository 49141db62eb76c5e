using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class BalanceRuleTests
{
    [Fact]
    public void RevenueNotEqualToExpenditure_IsAWarning() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(0, e => e with { Amount = 510m }),
            IssueSeverity.Warning, DatasetCollections.Revenues, null, "amount", "收入合计 1,280.25 与支出合计 1,290.25 不相等（相差 -10.00）");
}
