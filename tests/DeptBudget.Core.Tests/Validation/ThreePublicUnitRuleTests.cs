using DeptBudget.Core.Validation;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Core.Tests.Validation;

public class ThreePublicUnitRuleTests
{
    [Fact]
    public void ThreePublicForUnknownUnit_IsAWarning()
    {
        var valid = SampleDataset.Valid();
        var mutated = valid with { ThreePublic = [valid.ThreePublic[0] with { Unit = "118777" }] };
        Findings.FiresOnlyOnMutation(mutated, IssueSeverity.Warning, DatasetCollections.ThreePublic, 0, "unit", "118777");
    }
}
