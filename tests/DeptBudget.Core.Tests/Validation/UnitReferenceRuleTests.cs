using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class UnitReferenceRuleTests
{
    [Fact]
    public void ExpenditureForUnknownUnit_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(2, e => e with { Unit = "118009" }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 2, "unit", "单位编码 118009 不在“单位信息”中");

    [Fact]
    public void RevenueForUnknownUnit_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Revenues = [.. valid.Revenues, new RevenueLine { Unit = "999", Amount = 0m }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Revenues, 4, "unit", "999");
    }

    [Fact]
    public void ProjectOfUnknownUnit_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Projects = [valid.Projects[0], valid.Projects[1] with { Unit = "118003" }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Projects, 1, "unit", "118003");
    }

    [Fact]
    public void DuplicateUnit_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Units = [.. valid.Units, valid.Units[0] with { Name = "重复" }] };
        Assert.Equal(0, Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Units, 2, "code", "单位编码 118001 重复").RelatedIndex);
    }
}
