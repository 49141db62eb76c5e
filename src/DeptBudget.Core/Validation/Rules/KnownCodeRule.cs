using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>
/// Codes not in the year's lists are reported as warnings and kept: the list may lag behind a newly
/// published code, and the user decides.
/// </summary>
internal sealed class KnownCodeRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        for (var i = 0; i < dataset.Expenditures.Count; i++)
        {
            var line = dataset.Expenditures[i];
            CheckFunction(DatasetCollections.Expenditures, i, line.Function, classifications, issues);
            CheckEconomic(DatasetCollections.Expenditures, i, line.Economic, classifications, issues);
        }

        for (var i = 0; i < dataset.Procurement.Count; i++)
        {
            var line = dataset.Procurement[i];
            if (line.Function is { } function)
            {
                CheckFunction(DatasetCollections.Procurement, i, function, classifications, issues);
            }

            if (line.Economic is { } economic)
            {
                CheckEconomic(DatasetCollections.Procurement, i, economic, classifications, issues);
            }
        }
    }

    private static void CheckFunction(string collection, int index, FunctionCode code, ClassificationSet lists, IssueList issues)
    {
        if (code.Value != 0 && !lists.Functions.Contains(code.ToString()))
        {
            issues.Warning(collection, index, "function",
                $"功能分类科目 {code} 不在 {lists.Year} 年科目表中。请核对编码；如确为新增科目，可保留，但报表中将没有科目名称。");
        }
    }

    private static void CheckEconomic(string collection, int index, EconomicCode code, ClassificationSet lists, IssueList issues)
    {
        if (code.Value != 0 && !lists.DepartmentEconomic.Contains(code.ToString()))
        {
            issues.Warning(collection, index, "economic",
                $"经济分类科目 {code} 不在 {lists.Year} 年部门预算支出经济分类科目表中。请核对编码；如确为新增科目，可保留，但报表中将没有科目名称。");
        }
    }
}
