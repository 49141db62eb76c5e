using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class NegativeAmountRuleTests
{
    [Fact]
    public void NegativeExpenditure_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(0, e => e with { Amount = -1.5m }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 0, "amount", "金额 -1.50 是负数");

    [Fact]
    public void NegativeThreePublicLastYear_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var line = valid.ThreePublic[0];
        var mutated = valid with { ThreePublic = [line with { LastYear = line.LastYear with { Reception = -1m } }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.ThreePublic, 0, "lastYear.reception", "负数");
    }

    [Fact]
    public void NegativeLastYearClassFigure_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with
        {
            LastYear = valid.LastYear! with { GeneralBudgetByClass = new Dictionary<string, decimal> { ["201"] = -3m } },
        };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.LastYear, null, "generalBudgetByClass.201", "负数");
    }

    [Fact]
    public void NegativeStaffingCount_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Department = valid.Department with { Staffing = new Staffing { Retired = -2 } } };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Department, null, "staffing.retired", "数量 -2 是负数");
    }
}
