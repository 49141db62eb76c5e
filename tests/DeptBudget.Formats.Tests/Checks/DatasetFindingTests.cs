using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Checks;

public class DatasetFindingTests
{
    [Theory]
    [InlineData("xinxiang-2022.json")]
    [InlineData("hubei-2023-jiangcheng.json")]
    public void The_samples_have_no_dataset_findings(string sample)
    {
        var dataset = DatasetJson.ReadFile(RepoPaths.Sample(sample));
        Assert.Empty(Run(dataset));
    }

    [Fact]
    public void A_personnel_line_with_an_operating_code_is_a_warning_naming_the_line()
    {
        var dataset = DatasetJson.ReadFile(RepoPaths.Sample("xinxiang-2022.json"));
        var index = dataset.Expenditures.ToList().FindIndex(l => l.Kind == ExpenditureKind.Personnel);
        var lines = dataset.Expenditures.ToList();
        lines[index] = lines[index] with { Economic = EconomicCode.Parse("30201") };
        var finding = Assert.Single(Run(dataset with { Expenditures = lines }));
        Assert.Equal(DatasetFindings.ValidationRuleId, finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith($"支出明细第 {index + 1} 行", finding.Location.Section, StringComparison.Ordinal);
        Assert.Contains("人员经费", finding.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Finding> Run(BudgetDataset dataset) =>
        DatasetFindings.FromIssues(DatasetValidator.Validate(dataset, ShippedClassifications.ForYear(dataset.Year)));
}
