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
        var issue = Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Expenditures, 7, null, "与另一行重复");
        Assert.Equal(1, issue.RelatedIndex);
        Assert.StartsWith("支出明细第 8 行：与另一行重复", issue.Message, StringComparison.Ordinal);
        Assert.EndsWith("（另一行：支出明细第 2 行）", issue.Message, StringComparison.Ordinal);
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
        Assert.Equal(1, Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Revenues, 4, null, "与另一行重复").RelatedIndex);
    }

    [Fact]
    public void SameProjectCodeTwice_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Projects = [.. valid.Projects, valid.Projects[0] with { Name = "另一个" }] };
        Assert.Equal(0, Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Projects, 2, "code", "项目编码 410700220000000000001 重复").RelatedIndex);
    }
}
