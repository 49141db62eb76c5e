using System.Globalization;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Checks;

/// <summary>
/// 编制: the department's staffing against the sum of its units'. A department publishes the consolidation of its
/// units, so each figure should be their sum; a difference is a warning (the units may be incomplete).
/// </summary>
public static class StaffingFindings
{
    public const string RuleId = "staffing-equals-units";

    private static readonly (string Name, Func<Staffing, int> Figure)[] Figures =
    [
        ("行政编制", s => s.AdministrativePosts), ("事业编制", s => s.InstitutionPosts),
        ("实有在职人员（在编A）", s => s.ActiveWithPost), ("实有在职人员（无编B）", s => s.ActiveWithoutPost),
        ("离退休人员", s => s.Retired), ("劳务派遣/外聘人员", s => s.Contracted),
    ];

    public static IReadOnlyList<Finding> DepartmentAgainstUnits(BudgetDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var units = dataset.Units.Where(u => u.Staffing is not null).Select(u => u.Staffing!).ToList();
        if (dataset.Department.Staffing is not { } department || units.Count == 0)
        {
            return [];
        }

        var sum = Staffing.Sum(units);
        var findings = new List<Finding>();
        foreach (var (name, figure) in Figures)
        {
            int stated = figure(department), expected = figure(sum);
            if (stated == expected)
            {
                continue;
            }

            var place = $"概况/编制：{name}";
            findings.Add(CodeFinding.Create(RuleId, findings.Count + 1, Severity.Warning, new Location { Section = place }, stated, expected, string.Create(
                CultureInfo.InvariantCulture,
                $"{place}：部门填列 {stated} 人，所属 {units.Count} 个单位合计 {expected} 人，{(stated > expected ? "多" : "少")} {Math.Abs(stated - expected)} 人。")));
        }

        return findings;
    }
}
