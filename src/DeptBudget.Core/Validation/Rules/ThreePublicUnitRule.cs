using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>"三公"经费 lines name listed units (a warning: the figures are kept as entered).</summary>
internal sealed class ThreePublicUnitRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        var units = dataset.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < dataset.ThreePublic.Count; i++)
        {
            var unit = dataset.ThreePublic[i].Unit;
            if (!units.Contains(unit))
            {
                issues.Warning(DatasetCollections.ThreePublic, i, "unit",
                    UnitReferenceRule.Unknown(unit) + "该行“三公”经费不会计入任何单位。");
            }
        }
    }
}
