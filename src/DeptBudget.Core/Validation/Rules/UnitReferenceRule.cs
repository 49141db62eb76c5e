using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>Units are listed once, and every line, project and purchase names a listed unit.</summary>
internal sealed class UnitReferenceRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Units.Count; i++)
        {
            var code = dataset.Units[i].Code;
            if (!units.TryAdd(code, i))
            {
                issues.Error(DatasetCollections.Units, i, "code",
                    $"单位编码 {code} 重复。每个单位只能登记一行，请删除或改正重复的一行。", units[code]);
            }
        }

        CheckLines(DatasetCollections.Revenues, dataset.Revenues, r => r.Unit, units, issues);
        CheckLines(DatasetCollections.Expenditures, dataset.Expenditures, e => e.Unit, units, issues);
        CheckLines(DatasetCollections.Projects, dataset.Projects, p => p.Unit, units, issues);
        CheckLines(DatasetCollections.Procurement, dataset.Procurement, p => p.Unit, units, issues);
        CheckLines(DatasetCollections.PurchasedServices, dataset.PurchasedServices, p => p.Unit, units, issues);
    }

    private static void CheckLines<T>(
        string collection, IReadOnlyList<T> lines, Func<T, string> unitOf, Dictionary<string, int> units, IssueList issues)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var unit = unitOf(lines[i]);
            if (!units.ContainsKey(unit))
            {
                issues.Error(collection, i, "unit", Unknown(unit));
            }
        }
    }

    internal static string Unknown(string unit) => string.IsNullOrWhiteSpace(unit)
        ? "未填写单位编码。请填写“单位信息”中登记的单位编码。"
        : $"单位编码 {unit} 不在“单位信息”中。请先在“单位信息”中登记该单位，或改正单位编码。";
}
