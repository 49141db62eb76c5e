using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>
/// 人员经费 uses economic 类 301 and 303; 公用经费 uses 302, 310 and 399 (DOMAIN §3.4). Other kinds may use any 类.
/// </summary>
internal sealed class KindFitRule : IDatasetRule
{
    private static readonly int[] PersonnelClasses = [301, 303];
    private static readonly int[] OperatingClasses = [302, 310, 399];

    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        for (var i = 0; i < dataset.Expenditures.Count; i++)
        {
            var line = dataset.Expenditures[i];
            if (line.Economic.Value == 0)
            {
                continue;
            }

            var (allowed, kindName) = line.Kind switch
            {
                ExpenditureKind.Personnel => (PersonnelClasses, "人员经费"),
                ExpenditureKind.Operating => (OperatingClasses, "公用经费"),
                _ => ([], ""),
            };
            var @class = line.Economic.Class.Value;
            if (allowed.Length > 0 && !allowed.Contains(@class))
            {
                var names = string.Join("、", allowed.Select(c => Named(c, classifications)));
                issues.Warning(DatasetCollections.Expenditures, i, "kind",
                    $"{kindName}应使用经济分类 {names}；经济分类科目 {line.Economic} 属于 {Named(@class, classifications)}。请核对支出类型或经济分类科目。");
            }
        }
    }

    private static string Named(int code, ClassificationSet lists)
    {
        var text = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return lists.DepartmentEconomic.NameOf(text) is { } name ? $"{text} {name}" : text;
    }
}
