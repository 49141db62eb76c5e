using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class KnownCodeRuleTests
{
    [Fact]
    public void FunctionCodeNotInList_IsAWarningAndTheLineIsKept()
    {
        var mutated = SampleDataset.Valid().WithExpenditure(4, e => e with { Function = FunctionCode.Parse("2010399") });
        var issue = Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Warning, DatasetCollections.Expenditures, 4, "function",
            "功能分类科目 2010399 不在 2022 年科目表中");
        Assert.StartsWith("支出明细第 5 行：", issue.Message, StringComparison.Ordinal);
        Assert.Equal(7, mutated.Expenditures.Count);
    }

    [Fact]
    public void EconomicCodeNotInList_IsAWarning() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(1, e => e with { Economic = EconomicCode.Parse("30299") }),
            IssueSeverity.Warning, DatasetCollections.Expenditures, 1, "economic", "经济分类科目 30299 不在 2022 年");

    [Fact]
    public void ProcurementFunctionNotInList_IsAWarning()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Procurement = [valid.Procurement[0] with { Function = FunctionCode.Parse("2069999") }, valid.Procurement[1]] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Warning, DatasetCollections.Procurement, 0, "function", "2069999");
    }
}
