using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class ProjectLinkRuleTests
{
    [Fact]
    public void ProjectLineWithoutProjectCode_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(4, e => e with { Project = null }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 4, "project", "项目支出必须填写项目编码");

    [Fact]
    public void ProjectLineNamingUnknownProject_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(4, e => e with { Project = "123" }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 4, "project", "项目编码 123 不在“项目”表中");

    [Fact]
    public void BasicLineWithProjectCode_IsAnError() =>
        Findings.FiresOnlyOnMutation(SampleDataset.Valid().WithExpenditure(1, e => e with { Project = SampleDataset.Project1 }),
            IssueSeverity.Error, DatasetCollections.Expenditures, 1, "project", "基本支出（人员经费、公用经费）不能填写项目编码");

    [Fact]
    public void PurchaseNamingUnknownProject_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { PurchasedServices = [valid.PurchasedServices[0] with { Project = "777" }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.PurchasedServices, 0, "project", "777");
    }

    [Fact]
    public void ProcurementNamingUnknownProject_IsAnError()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { Procurement = [valid.Procurement[0] with { Project = "778" }, valid.Procurement[1]] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Error, DatasetCollections.Procurement, 0, "project", "778");
    }

    [Fact]
    public void OtherKindsMayNameAProject()
    {
        var mutated = SampleDataset.Valid().WithExpenditure(4, e => e with { Kind = ExpenditureKind.SubsidyToSubsidiary });
        Assert.Empty(Findings.Of(mutated));
    }
}
