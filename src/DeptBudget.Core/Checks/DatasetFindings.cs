using System.Globalization;
using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Core.Checks;

/// <summary>
/// The dataset-level checks as findings: <see cref="DatasetValidator"/>'s issues (economic codes that do not fit
/// the kind, codes not in the year's lists, …) in the model of the table rules, so that one report holds both.
/// </summary>
public static class DatasetFindings
{
    /// <summary>The rule id of a finding converted from a validation issue.</summary>
    public const string ValidationRuleId = "dataset-validation";

    public static IReadOnlyList<Finding> FromIssues(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return issues.Select((issue, i) => new Finding
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{ValidationRuleId}#{i + 1}"),
            RuleId = ValidationRuleId,
            Severity = issue.Severity == IssueSeverity.Error ? Severity.Error : Severity.Warning,
            Location = new Location { Section = issue.Location.Describe() },
            Message = issue.Message,
        }).ToList();
    }

    /// <summary>The rule id of the notices comparing the “三公” figures with the economic lines.</summary>
    public const string ThreePublicRuleId = "three-public-against-economic";

    /// <summary>
    /// 公务接待费 in the “三公” table against the 30217 lines, 公务用车运行维护费 against 30231: they need not be
    /// equal (the “三公” table counts only 一般公共预算), so a difference is a notice.
    /// </summary>
    public static IReadOnlyList<Finding> ThreePublicAgainstEconomic(BudgetDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var findings = new List<Finding>();
        void Compare(string field, string name, int economic, decimal stated)
        {
            var expected = dataset.Expenditures.Where(l => l.Economic.Value == economic).Sum(l => l.Amount);
            if (stated == expected)
            {
                return;
            }

            var place = new IssueLocation("threePublic", null, field).Describe();
            findings.Add(CodeFinding.Create(ThreePublicRuleId, findings.Count + 1, Severity.Notice, new Location { Section = place }, stated, expected, string.Create(
                CultureInfo.InvariantCulture,
                $"{place}：“三公”经费中的{name} {stated:0.00} 与经济分类 {economic} 的支出 {expected:0.00} 不一致，差 {stated - expected:0.00}。")));
        }

        Compare("thisYear.reception", "公务接待费", 30217, dataset.ThreePublic.Sum(l => l.ThisYear.Reception));
        Compare("thisYear.vehicleOperation", "公务用车运行维护费", 30231, dataset.ThreePublic.Sum(l => l.ThisYear.VehicleOperation));
        return findings;
    }
}
