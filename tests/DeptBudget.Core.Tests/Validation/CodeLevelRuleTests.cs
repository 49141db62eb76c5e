using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class CodeLevelRuleTests
{
    [Fact]
    public void FunctionCodeAtSectionLevel_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(0, e => e with { Function = FunctionCode.Parse("20103") }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 0, "function", "功能分类科目 20103 是款级科目");

    [Fact]
    public void MissingFunctionCode_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(0, e => e with { Function = default }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 0, "function", "未填写功能分类科目");

    [Fact]
    public void EconomicCodeAtClassLevel_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(1, e => e with { Economic = EconomicCode.Parse("302") }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 1, "economic", "经济分类科目 302 是类级科目");
}
