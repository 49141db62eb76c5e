using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>An expenditure line is at 功能分类 项 (7 digits) and 经济分类 款 (5 digits); 类 and 款 rows are sums.</summary>
internal sealed class CodeLevelRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        for (var i = 0; i < dataset.Expenditures.Count; i++)
        {
            var line = dataset.Expenditures[i];
            if (line.Function.Value == 0)
            {
                issues.Error(DatasetCollections.Expenditures, i, "function", "未填写功能分类科目。请填写 7 位的项级科目编码，如 2010301。");
            }
            else if (line.Function.Level != CodeLevel.Item)
            {
                issues.Error(DatasetCollections.Expenditures, i, "function",
                    $"功能分类科目 {line.Function} 是{LevelName(line.Function.Level)}级科目。支出明细须细化到项（7 位编码，如 2010301）。");
            }

            if (line.Economic.Value == 0)
            {
                issues.Error(DatasetCollections.Expenditures, i, "economic", "未填写经济分类科目。请填写 5 位的款级科目编码，如 30201。");
            }
            else if (line.Economic.Level != CodeLevel.Section)
            {
                issues.Error(DatasetCollections.Expenditures, i, "economic",
                    $"经济分类科目 {line.Economic} 是类级科目。支出明细须细化到款（5 位编码，如 30201）。");
            }
        }
    }

    private static string LevelName(CodeLevel level) => level switch
    {
        CodeLevel.Class => "类",
        CodeLevel.Section => "款",
        CodeLevel.Item => "项",
    };
}
