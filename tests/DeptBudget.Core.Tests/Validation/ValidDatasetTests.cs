using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class ValidDatasetTests
{
    [Fact]
    public void Validate_SampleDataset_HasNoIssues() => Assert.Empty(Findings.Of(SampleDataset.Valid()));

    [Fact]
    public void Message_NamesThePlaceCountingFromOne()
    {
        var mutated = SampleDataset.Valid().WithExpenditure(4, e => e with { Function = Model.FunctionCode.Parse("2010399") });
        var issue = Assert.Single(Findings.Of(mutated));
        Assert.Equal("支出明细第 5 行：功能分类科目 2010399 不在 2022 年科目表中。请核对编码；如确为新增科目，可保留，但报表中将没有科目名称。", issue.Message);
    }
}
