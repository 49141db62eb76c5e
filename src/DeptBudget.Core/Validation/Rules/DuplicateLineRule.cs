using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>The same expenditure line, revenue line, project or "三公" unit entered twice.</summary>
internal sealed class DuplicateLineRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        Find(dataset.Expenditures, e => (e.Unit, e.Function, e.Economic, e.Kind, e.Source, e.CarryOver, e.Project ?? "", e.Body),
            (i, first) => issues.Error(DatasetCollections.Expenditures, i, null,
                "与另一行重复（单位、功能分类、经济分类、支出类型、资金来源、是否上年结转、项目和支出对象都相同）。请合并为一行，金额相加。", first));
        Find(dataset.Revenues, r => (r.Unit, r.Source, r.CarryOver),
            (i, first) => issues.Error(DatasetCollections.Revenues, i, null,
                "与另一行重复（单位、收入来源和是否上年结转都相同）。请合并为一行，金额相加。", first));
        Find(dataset.Projects, p => p.Code,
            (i, first) => issues.Error(DatasetCollections.Projects, i, "code",
                $"项目编码 {dataset.Projects[i].Code} 重复。每个项目只能登记一行。", first));
        Find(dataset.ThreePublic, t => t.Unit,
            (i, first) => issues.Error(DatasetCollections.ThreePublic, i, "unit",
                $"单位 {dataset.ThreePublic[i].Unit} 的“三公”经费重复。每个单位只填一行。", first));
    }

    private static void Find<T, TKey>(IReadOnlyList<T> lines, Func<T, TKey> keyOf, Action<int, int> report)
        where TKey : notnull
    {
        var seen = new Dictionary<TKey, int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!seen.TryAdd(keyOf(lines[i]), i))
            {
                report(i, seen[keyOf(lines[i])]);
            }
        }
    }
}
