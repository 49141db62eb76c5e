using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class ProcurementArithmeticRuleTests
{
    [Fact]
    public void AmountNotQuantityTimesPrice_IsAWarning()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Procurement = [valid.Procurement[0] with { Quantity = 9m }, valid.Procurement[1]] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Warning, DatasetCollections.Procurement, 0, "amount",
            "金额 50,000.00 元不等于数量 9 × 单价 5,000.00 元 = 45,000.00 元");
    }

    [Fact]
    public void SmeAmountAboveAmount_IsAWarning()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Procurement = [valid.Procurement[0] with { SmeAmount = 60000m }, valid.Procurement[1]] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Warning, DatasetCollections.Procurement, 0, "smeAmount", "大于采购金额");
    }

    [Fact]
    public void MicroAmountAboveSmeAmount_IsAWarning()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Procurement = [valid.Procurement[0] with { MicroAmount = 50000.5m }, valid.Procurement[1]] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Warning, DatasetCollections.Procurement, 0, "microAmount", "面向小微企业金额");
    }
}
