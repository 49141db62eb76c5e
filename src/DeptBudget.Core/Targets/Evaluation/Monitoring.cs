using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Core.Targets.Review;

namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>
/// 绩效监控 (“双监控”): at mid-year, budget execution and each indicator's completion against the time schedule
/// (1–7 月 of 12 × the tolerance); what lags is a warning.
/// </summary>
public static class Monitoring
{
    public static readonly IReadOnlyList<string> RuleIds = ["monitor-budget-execution", "monitor-indicator-lag"];

    /// <summary>The mid-year threshold in percent: months ÷ 12 × 100 × tolerance, rounded to 2 decimals.</summary>
    public static decimal Threshold(ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return CompletionRule.Round(rules.MidYearMonths * 100m / 12 * rules.Tolerance);
    }

    public static IReadOnlyList<Finding> Run(PerformanceForm form, Actuals actuals, ScoringRules rules, DirectionLexicon directions, IndicatorLibrary library, Table? keyFigures = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(directions);
        var sink = new FindingSink(form);
        var threshold = Threshold(rules);
        var schedule = $"时间进度 {rules.MidYearMonths}/12 × {SelfEvaluation.Text(rules.Tolerance * 100)}% = {SelfEvaluation.Text(threshold)}%";
        if (actuals.Budget is { Planned: > 0, MidYear: { } spent } budget)
        {
            var rate = CompletionRule.Round(spent / budget.Planned * 100);
            if (rate < threshold)
            {
                sink.Add("monitor-budget-execution", Severity.Warning, new CellSource { Table = "预算执行" }, "1–7 月执行数", null, $"1–{rules.MidYearMonths} 月预算执行率 {SelfEvaluation.Text(rate)}%（{SelfEvaluation.Text(spent)} ÷ {SelfEvaluation.Text(budget.Planned)}）低于{schedule}，预算执行滞后。", rate, threshold);
            }
        }

        var values = new ActualValues(actuals, library, keyFigures);
        foreach (var indicator in IndicatorSelection.Of(form, actuals.Project))
        {
            var (actual, _) = values.MidYear(indicator);
            if (actual.Length == 0)
            {
                continue;
            }

            var completion = CompletionRule.Of(indicator.Target, actual, directions.Of(indicator.Level3, indicator.Level2, indicator.Level1), rules);
            if (completion.Percent is { } percent && percent < threshold)
            {
                sink.Indicator("monitor-indicator-lag", Severity.Warning, indicator, "1–7 月实际值", $"1–{rules.MidYearMonths} 月实际值“{actual}”对目标“{indicator.Target.Text}”的完成率 {SelfEvaluation.Text(percent)}% 低于{schedule}，目标完成滞后。", percent, threshold);
            }
        }

        return sink.Findings;
    }
}
