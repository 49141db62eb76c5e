using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class DuplicateLineRuleTests
{
    [Fact]
    public void SameExpenditureLineTwice_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Expenditures = [.. valid.Expenditures, valid.Expenditures[1] with { Amount = 0m }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Expenditures, 7, null, "与第 2 行重复");
    }

    [Fact]
    public void LinesDifferingOnlyInCarryOver_AreNotDuplicates()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Expenditures = [.. valid.Expenditures, valid.Expenditures[1] with { CarryOver = true, Amount = 0m }] };
        Assert.DoesNotContain(Findings.Of(mutated), i => i.Detail.Contains("重复", StringComparison.Ordinal));
    }

    [Fact]
    public void SameRevenueLineTwice_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Revenues = [.. valid.Revenues, valid.Revenues[1] with { Amount = 0m }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Revenues, 4, null, "与第 2 行重复");
    }

    [Fact]
    public void SameProjectCodeTwice_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Projects = [.. valid.Projects, valid.Projects[0] with { Name = "另一个" }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Projects, 2, "code", "重复（与第 1 行相同）");
    }
}
