using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>
/// 项目支出 lines name a project of the 项目 list; 基本支出 lines name none; purchases name listed projects.
/// </summary>
internal sealed class ProjectLinkRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        var projects = dataset.Projects.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Expenditures.Count; i++)
        {
            var line = dataset.Expenditures[i];
            var hasProject = !string.IsNullOrWhiteSpace(line.Project);
            if (line.Kind == ExpenditureKind.Project && !hasProject)
            {
                issues.Error(DatasetCollections.Expenditures, i, "project",
                    "项目支出必须填写项目编码。请填写“项目”表中登记的项目编码。");
            }
            else if (line.Kind.IsBasic() && hasProject)
            {
                issues.Error(DatasetCollections.Expenditures, i, "project",
                    $"基本支出（人员经费、公用经费）不能填写项目编码（此处为 {line.Project}）。如属项目支出，请把支出类型改为“项目支出”；否则请清空项目编码。");
            }
            else if (hasProject && !projects.Contains(line.Project!))
            {
                issues.Error(DatasetCollections.Expenditures, i, "project", Unknown(line.Project!));
            }
        }

        for (var i = 0; i < dataset.Procurement.Count; i++)
        {
            if (dataset.Procurement[i].Project is { Length: > 0 } code && !projects.Contains(code))
            {
                issues.Error(DatasetCollections.Procurement, i, "project", Unknown(code));
            }
        }

        for (var i = 0; i < dataset.PurchasedServices.Count; i++)
        {
            if (dataset.PurchasedServices[i].Project is { Length: > 0 } code && !projects.Contains(code))
            {
                issues.Error(DatasetCollections.PurchasedServices, i, "project", Unknown(code));
            }
        }
    }

    private static string Unknown(string code) =>
        $"项目编码 {code} 不在“项目”表中。请先在“项目”表中登记该项目，或改正项目编码。";
}
