using System.Globalization;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Targets.Filling;

/// <summary>Projects from the 项目库 with their amounts from the 项目支出表, and the one indicator the budget gives: the cost.</summary>
internal static class ProjectFill
{
    private const string Table = "项目支出情况";

    public static IEnumerable<FormProject> Projects(BudgetFigures figures) =>
        figures.Dataset.Projects
            .Select(p => (Project: p, Amount: figures.ProjectAmount(p.Code)))
            .Where(p => p.Amount is not null)
            .Select((p, i) => new FormProject
            {
                Code = p.Project.Code,
                Name = p.Project.Name,
                Category = p.Project.Recurrence == ProjectRecurrence.OneOff ? "一次性项目" : "常年性项目",
                TotalBudget = p.Project.TotalBudget ?? p.Amount,
                AnnualBudget = p.Amount,
                Purpose = p.Project.Purpose ?? "",
                Source = new CellSource { Table = Table, Row = i + 1 },
            });

    /// <summary>成本指标 “≤{amount}万元”: a project may not cost more than its budget.</summary>
    public static FormProject WithCostIndicator(FormProject project, FormTemplate template, int year)
    {
        if (project.AnnualBudget is not { } amount)
        {
            return project;
        }

        var text = "≤" + amount.ToString("0.##", CultureInfo.InvariantCulture) + "万元";
        var summary = template.Kind == FormKind.ProjectSummary;
        var cost = new Indicator
        {
            Level1 = summary ? "成本指标" : "产出指标",
            Level2 = summary ? "" : "成本指标",
            Level3 = $"{year.ToString(CultureInfo.InvariantCulture)}年预算金额",
            Target = TargetParser.Parse(text),
            Source = new CellSource { Table = template.Heading("indicators") ?? template.Title, Row = 1 },
        };
        return project with { Indicators = [cost] };
    }
}
