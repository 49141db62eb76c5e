using DeptBudget.Core.Checks;

namespace DeptBudget.Core.Targets.Review;

/// <summary>What a complete form holds: goals, every required first-level group, per project 产出/效益/满意度 (and 数量/质量/时效/成本), names and amounts of project blocks.</summary>
internal static class CompletenessRules
{
    private const string Rule = "target-completeness";

    public static void Run(FindingSink sink, FormTemplate template)
    {
        var form = sink.Form;
        foreach (var (goal, role, name) in new[] { (form.LongTerm, "longTermGoal", "长期目标"), (form.Annual, "annualGoal", "年度目标") })
        {
            if (goal is not null && template.Heading(role) is not null && goal.Text.Trim().Length == 0)
            {
                sink.Add(Rule, Severity.Warning, goal.Source, name, null, $"{name}为空；应写明目标。");
            }
        }

        if (form.Kind == FormKind.Department)
        {
            foreach (var goal in new[] { form.LongTerm, form.Annual }.OfType<FormGoal>().Where(g => g.Indicators.Count > 0))
            {
                Groups(sink, goal.Indicators, template.RequiredFirstLevel, [], goal.Source, "本表");
            }
        }

        foreach (var project in form.Projects.Where(p => p.Indicators.Count > 0))
        {
            Groups(sink, project.Indicators, template.RequiredFirstLevel, template.RequiredSecondLevel, project.Source, $"项目“{project.Describe()}”");
            var amount = project.TotalBudget ?? project.AnnualBudget;
            if (form.Kind != FormKind.Department && (project.Name.Length == 0 || amount is null))
            {
                var cost = project.Indicators.FirstOrDefault(i => i.Level1.Contains("成本", StringComparison.Ordinal))?.Target.Text;
                sink.Add(Rule, Severity.Warning, project.Source, project.Describe(), "项目单位（项目名称）",
                    $"项目块没有{(project.Name.Length == 0 ? "项目名称" : "")}{(project.Name.Length == 0 && amount is null ? "和" : "")}{(amount is null ? "金额" : "")}" +
                    (cost is null ? "" : $"（成本指标 {cost}）") + "；每个项目应写明名称和资金。");
            }
        }
    }

    private static void Groups(FindingSink sink, IReadOnlyList<Indicator> indicators, IReadOnlyList<string> firstLevel, IReadOnlyList<string> secondLevel, CellSource at, string whose)
    {
        bool Filled(Indicator i) => !i.IsEmpty && i.Target is not MissingTarget;
        foreach (var level in firstLevel.Where(level => !indicators.Any(i => i.Level1 == level && Filled(i))))
        {
            sink.Add(Rule, Severity.Warning, at, level, null, $"{whose}缺少一级指标“{level}”下有指标值的指标。");
        }

        foreach (var level in secondLevel.Where(level => !indicators.Any(i => i.Level2.Contains(level, StringComparison.Ordinal) && Filled(i))))
        {
            sink.Add(Rule, Severity.Warning, at, level, null, $"{whose}缺少二级指标“{level}指标”。");
        }
    }
}
