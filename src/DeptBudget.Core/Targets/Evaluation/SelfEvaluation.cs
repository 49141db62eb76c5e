using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Core.Targets.Review;

namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>
/// 绩效自评 by the national method (财预〔2020〕10号): 预算执行率 in proportion, each group's 分值 shared among its
/// indicators, quantitative indicators in proportion to completion (capped at the 分值), qualitative ones by band.
/// </summary>
public static class SelfEvaluation
{
    public const string BudgetGroup = "预算执行率";

    /// <param name="keyFigures">The budget's key figures (主要数据), which give library inputs the actuals do not; null for none.</param>
    public static ScoreSheet Score(PerformanceForm form, Actuals actuals, ScoringRules rules, DirectionLexicon directions, IndicatorLibrary library, Table? keyFigures = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(directions);
        var sink = new FindingSink(form);
        var values = new ActualValues(actuals, library, keyFigures);
        var lines = new List<ScoreLine> { BudgetLine(actuals.Budget, rules, sink) };
        var selected = IndicatorSelection.Of(form, actuals.Project);
        var indicators = selected.Where(i => !IsBudgetIndicator(i, rules)).ToList();
        foreach (var indicator in selected.Except(indicators))
        {
            sink.Indicator("score-budget-indicator", Severity.Notice, indicator, "三级指标", $"“{indicator.Level3}”已作为“{BudgetGroup}”一项计 {Text(rules.BudgetWeight)} 分，不再在指标中重复计分。");
        }

        foreach (var indicator in indicators.Where(i => GroupOf(i, rules) is null))
        {
            sink.Indicator("score-ungrouped", Severity.Notice, indicator, "一级指标", $"一级指标“{indicator.Level1}”不属于{string.Join("、", rules.Groups.Select(g => g.Name))}，不计分。");
        }

        var groups = new List<GroupScore> { new(BudgetGroup, rules.BudgetWeight, lines[0].Score) };
        foreach (var group in rules.Groups)
        {
            var members = indicators.Where(i => GroupOf(i, rules) == group).ToList();
            if (members.Count == 0)
            {
                sink.Add("score-empty-group", Severity.Warning, new CellSource { Table = group.Name }, null, null, $"没有{group.Name}指标，该部分 {Text(group.Weight)} 分无法得分。");
            }

            var weights = Weights(group, members, actuals, sink);
            var scored = members.Select(i => IndicatorLine(i, group, weights[i], values, actuals, rules, directions, sink)).ToList();
            lines.AddRange(scored);
            groups.Add(new GroupScore(group.Name, group.Weight, CompletionRule.Round(scored.Sum(l => l.Exact))));
        }

        foreach (var actual in actuals.Indicators.Where(a => !selected.Any(i => i.Path == a.Path || i.Level3 == a.Path)))
        {
            sink.Add("score-unknown-indicator", Severity.Warning, new CellSource { Table = "实际完成值" }, actual.Path, null, $"实际完成值中的指标“{actual.Path}”在表中找不到，未计分；请按“一级/二级/三级”写指标路径。");
        }

        foreach (var line in lines.Where(l => l.IsDeviation && l.Completion.Percent is not null && l.Reason.Length == 0))
        {
            sink.Add("score-deviation-reason", Severity.Warning, new CellSource { Table = "偏差原因" }, line.Path, "偏差原因", $"完成率 {Text(line.Completion.Percent!.Value)}% 未达 100%，没有写偏差原因和改进措施。", line.Completion.Percent, 100);
        }

        var total = CompletionRule.Round(lines.Sum(l => l.Exact));
        return new ScoreSheet
        {
            Title = form.Title + (actuals.Project.Length > 0 ? $"（{actuals.Project}）" : ""),
            Method = rules.Name,
            Lines = lines,
            Groups = groups,
            Total = total,
            Grade = GradeOf(total, rules),
            Findings = sink.Findings.Concat(Monitoring.Run(form, actuals, rules, directions, library, keyFigures)).ToList(),
        };
    }

    /// <summary>The grade of a total: the first (best) whose lower bound it reaches.</summary>
    public static string GradeOf(decimal total, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Grades.OrderByDescending(g => g.From).FirstOrDefault(g => total >= g.From)?.Name ?? rules.Grades.OrderBy(g => g.From).First().Name;
    }

    /// <summary>分值 × min(完成率, 100%), unrounded; no completion scores 0.</summary>
    public static decimal Points(decimal weight, decimal? percent) =>
        percent is { } p ? weight * Math.Min(Math.Max(p, 0), 100) / 100 : 0;

    private static bool IsBudgetIndicator(Indicator indicator, ScoringRules rules) =>
        rules.BudgetIndicators.Any(n => indicator.Level3.EndsWith(n, StringComparison.Ordinal));

    internal static ScoreGroup? GroupOf(Indicator indicator, ScoringRules rules)
    {
        var level1 = indicator.Level1.Length > 0 ? indicator.Level1 : indicator.Level2;
        return rules.Groups.FirstOrDefault(g => g.Words.Any(w => level1.Contains(w, StringComparison.Ordinal)));
    }

    internal static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static ScoreLine BudgetLine(BudgetExecution? budget, ScoringRules rules, FindingSink sink)
    {
        decimal? percent = budget is { Planned: > 0, YearEnd: { } done } ? CompletionRule.Round(done / budget.Planned * 100) : null;
        if (percent is null)
        {
            sink.Add("score-missing-actual", Severity.Warning, new CellSource { Table = "预算执行" }, BudgetGroup, "全年执行数", "没有预算数或全年执行数，预算执行率不得分。");
        }

        return new ScoreLine
        {
            Group = BudgetGroup,
            Path = BudgetGroup,
            Target = "100%",
            Actual = percent is { } p ? Text(p) + "%" : "",
            Weight = rules.BudgetWeight,
            Completion = percent is null ? Completion.Unread : new Completion { Percent = percent, Method = "比例" },
            Exact = Points(rules.BudgetWeight, percent),
            Reason = budget?.Reason ?? "",
        };
    }

    private static ScoreLine IndicatorLine(Indicator indicator, ScoreGroup group, decimal weight, ActualValues values, Actuals actuals, ScoringRules rules, DirectionLexicon directions, FindingSink sink)
    {
        var (actual, source) = values.YearEnd(indicator);
        var completion = Completion.Unread;
        if (actual.Length == 0)
        {
            sink.Indicator("score-missing-actual", Severity.Warning, indicator, "全年实际值", "没有全年实际完成值，该指标不得分。");
        }
        else
        {
            completion = CompletionRule.Of(indicator.Target, actual, directions.Of(indicator.Level3, indicator.Level2, indicator.Level1), rules);
            if (completion.Percent is null)
            {
                sink.Indicator("score-unreadable-actual", Severity.Warning, indicator, "全年实际值", $"实际值“{actual}”既不是数值，也不是{string.Join("、", rules.Bands.Select(b => b.Name))}之一，无法计分。");
            }
        }

        return new ScoreLine
        {
            Group = group.Name,
            Path = indicator.Path,
            Target = indicator.Target.Text,
            Actual = actual,
            ActualSource = source,
            Weight = weight,
            Completion = completion,
            Exact = Points(weight, completion.Percent),
            Reason = IndicatorSelection.ActualFor(indicator, actuals)?.Reason ?? "",
        };
    }

    /// <summary>Given weights stand; the rest of the group's 分值 is shared equally among the others.</summary>
    private static Dictionary<Indicator, decimal> Weights(ScoreGroup group, List<Indicator> members, Actuals actuals, FindingSink sink)
    {
        var given = members.ToDictionary<Indicator, Indicator, decimal?>(i => i, i => IndicatorSelection.ActualFor(i, actuals)?.Weight, ReferenceEqualityComparer.Instance);
        var fixedSum = given.Values.Sum(w => w ?? 0);
        var open = given.Count(g => g.Value is null);
        if (fixedSum > group.Weight || (open == 0 && members.Count > 0 && fixedSum != group.Weight))
        {
            sink.Add("score-weights", Severity.Warning, new CellSource { Table = group.Name }, null, "分值", $"{group.Name}指标的分值合计 {Text(fixedSum)} 与 {Text(group.Weight)} 分不符。", fixedSum, group.Weight);
        }

        var share = open == 0 ? 0 : Math.Max(group.Weight - fixedSum, 0) / open;
        return members.ToDictionary<Indicator, Indicator, decimal>(i => i, i => given[i] ?? share, ReferenceEqualityComparer.Instance);
    }
}
