using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class KindFitRuleTests
{
    [Fact]
    public void PersonnelOnGoodsAndServices_IsAWarning() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(1, e => e with { Kind = ExpenditureKind.Personnel }),
            IssueSeverity.Warning, DatasetCollections.Expenditures, 1, "kind", "人员经费应使用经济分类 301 工资福利支出、303 对个人和家庭的补助");

    [Fact]
    public void OperatingOnSalaries_IsAWarning() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(0, e => e with { Kind = ExpenditureKind.Operating }),
            IssueSeverity.Warning, DatasetCollections.Expenditures, 0, "kind", "属于 301 工资福利支出");

    [Fact]
    public void ProjectLinesMayUseAnyClass() =>
        Assert.Empty(Findings.Of(SampleDataset.Valid().WithExpenditure(4, e => e with { Economic = EconomicCode.Parse("30101") })));
}
