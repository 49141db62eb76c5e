using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Validation;
using DeptBudget.Formats;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// The checks deptbudget check runs over a dataset's tables, shared by check and render: the dataset's own findings,
/// the built-in rules (unless turned off) and the reviewer's rule files, and the narrative's findings.
/// </summary>
internal static class DatasetCheck
{
    public static DatasetCheckResult Run(DatasetInput input, string profileId, IReadOnlyList<Table> tables, NarrativeReview narrative, IEnumerable<string> ruleFiles, bool noBuiltIn)
    {
        var all = new List<Rule>(noBuiltIn ? [] : ShippedRules.All);
        try
        {
            all.AddRange(ruleFiles.SelectMany(ShippedRules.ReadFile));
            var data = input.Dataset;
            List<Finding> datasetFindings = noBuiltIn
                ? []
                : [.. DatasetFindings.FromIssues(input.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList()),
                    .. DatasetFindings.ThreePublicAgainstEconomic(data), .. StaffingFindings.DepartmentAgainstUnits(data),
                    .. LastYearFindings.KeyFiguresAgainstLastYear(tables)];
            var result = CheckRun.Run([.. tables, .. narrative.Tables], all, profileId);
            return new DatasetCheckResult([.. datasetFindings, .. narrative.Findings, .. result.Findings], result.Skipped, all);
        }
        catch (RuleException ex)
        {
            throw new InputException(ex.Describe(), ex);
        }
    }
}

internal sealed record DatasetCheckResult(IReadOnlyList<Finding> Findings, IReadOnlyList<SkippedRule> Skipped, IReadOnlyList<Rule> Rules)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
