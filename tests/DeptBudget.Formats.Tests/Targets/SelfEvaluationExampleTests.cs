using System.Text.RegularExpressions;
using DeptBudget.Core.Targets.Evaluation;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The worked example of docs/TARGETS-SELF-EVALUATION.md: the tables on that page are parsed and must be what the code computes.</summary>
public partial class SelfEvaluationExampleTests
{
    private static readonly Lazy<ScoreSheet> Sheet = new(() => DocTables.Score("service-hall"));

    private static readonly Lazy<string> Page = new(() => DocTables.Section("## Worked example", "## Worked example: a department"));

    private static List<string[]> Table(string header) => DocTables.Rows(Page.Value, header);

    private static decimal Number(string text) => DocTables.Number(text);

    [Fact]
    public void ScoreTable_EveryLineAsDocumented()
    {
        var documented = Table("| 部分 | 指标 | 目标值 | 实际值 | 分值 |");
        var lines = Sheet.Value.Lines;

        Assert.Equal(documented.Select(r => r[1]), lines.Select(l => l.Path));
        foreach (var (row, line) in documented.Zip(lines))
        {
            Assert.Equal((row[0], row[2]), (line.Group, line.Target));
            Assert.Equal(Number(row[4]), CompletionRule.Round(line.Weight));
            Assert.Equal(Number(row[5]), line.Completion.Percent);
            Assert.Equal(Number(row[6]), line.Score);
        }
    }

    [Fact]
    public void GroupsTotalAndGrade_AsDocumented()
    {
        var documented = Table("| 部分 | 分值 | 得分 |");
        var groups = Sheet.Value.Groups;

        Assert.Equal(documented.SkipLast(1).Select(r => (r[0], Number(r[1]), Number(r[2]))), groups.Select(g => (g.Name, g.Weight, g.Score)));
        Assert.Equal(("总分", Number(documented[^1][2])), (documented[^1][0], Sheet.Value.Total));
        Assert.Equal(GradePattern().Match(Page.Value).Groups[1].Value, Sheet.Value.Grade);
    }

    [Fact]
    public void Findings_AsDocumented()
    {
        var rules = Sheet.Value.Findings.Select(f => (f.RuleId, f.Location.RowLabel)).ToList();

        Assert.Equal(
            [
                ("score-deviation-reason", "产出指标/质量指标/服务规范执行"),
                ("monitor-budget-execution", "1–7 月执行数"),
                ("monitor-indicator-lag", "产出指标/数量指标/培训窗口人员人次"),
            ],
            rules);
        Assert.Equal(6, Sheet.Value.Deviations.Count());
    }

    [GeneratedRegex(@"Grade: \*\*(\S+)\*\*")]
    private static partial Regex GradePattern();
}
