using System.Text.RegularExpressions;
using DeptBudget.Core.Targets.Evaluation;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The department example of docs/TARGETS-SELF-EVALUATION.md: its tables are parsed and must be what the code computes.</summary>
public partial class DepartmentExampleTests
{
    private static readonly Lazy<ScoreSheet> Sheet = new(() => DocTables.Score("guangshui-department"));

    private static readonly Lazy<string> Page = new(() => DocTables.Section("## Worked example: a department", "## Not done yet"));

    [Fact]
    public void Groups_total_and_grade_as_documented()
    {
        var documented = Table("| 部分 | 分值 | 得分 |");

        Assert.Equal(documented.SkipLast(1).Select(r => (r[0], Number(r[1]), Number(r[2]))), Sheet.Value.Groups.Select(g => (g.Name, g.Weight, g.Score)));
        Assert.Equal(("总分", Number(documented[^1][2])), (documented[^1][0], Sheet.Value.Total));
        Assert.Equal(GradePattern().Match(Page.Value).Groups[1].Value, Sheet.Value.Grade);
    }

    [Fact]
    public void Deviations_as_documented()
    {
        var documented = Table("| 偏差 | 完成率（%） | how |");

        Assert.Equal(documented.Select(r => (r[0], Number(r[1]))), Sheet.Value.Deviations.Select(l => (l.Path, l.Completion.Percent!.Value)));
    }

    [Fact]
    public void Every_department_group_is_scored_and_the_budget_indicator_once()
    {
        var counts = Sheet.Value.Lines.GroupBy(l => l.Group).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<string, int> { ["预算执行率"] = 1, ["产出"] = 27, ["效益"] = 8, ["满意度"] = 2 }, counts);
        Assert.Equal(
            ["score-budget-indicator", "score-deviation-reason", "monitor-indicator-lag", "monitor-indicator-lag"],
            Sheet.Value.Findings.Select(f => f.RuleId));
        Assert.StartsWith("部门整体", Sheet.Value.Method, StringComparison.Ordinal);
    }


    private static List<string[]> Table(string header) => DocTables.Rows(Page.Value, header);

    private static decimal Number(string text) => DocTables.Number(text);

    [GeneratedRegex(@"Grade: \*\*(\S+)\*\*")]
    private static partial Regex GradePattern();
}
