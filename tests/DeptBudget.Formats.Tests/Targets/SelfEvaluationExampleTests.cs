using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Targets;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The worked example of docs/TARGETS-SELF-EVALUATION.md: the tables on that page are parsed and must be what the code computes.</summary>
public partial class SelfEvaluationExampleTests
{
    private static readonly Lazy<ScoreSheet> Sheet = new(() =>
    {
        var form = FormJson.Read(File.ReadAllText(RepoPaths.Sample("targets/service-hall-form.json")), "service-hall-form.json").Single();
        var actuals = ActualsJson.ReadFile(RepoPaths.Sample("targets/service-hall-actuals.json"));
        return SelfEvaluation.Score(form, actuals, LibraryData.Scoring, ShippedTargetData.Vocabulary.Directions, LibraryData.Library);
    });

    private static readonly Lazy<string> Page = new(() =>
    {
        var text = File.ReadAllText(RepoPaths.File("docs", "TARGETS-SELF-EVALUATION.md"));
        return text[text.IndexOf("## Worked example", StringComparison.Ordinal)..];
    });

    /// <summary>The rows of the page's table whose header starts with the given cells.</summary>
    private static List<string[]> Table(string header)
    {
        var lines = Page.Value.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no table “{header}” in the worked example");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

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
