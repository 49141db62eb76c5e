using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Targets.Filling;

/// <summary>
/// Performance-target forms filled from the budget wherever the budget holds the figure: header, money overview,
/// functions, project list, and per project its money and a 成本指标. Everything else (goals, tasks, other
/// indicators) is left empty for people to fill; nothing is invented.
/// </summary>
public static class FormFiller
{
    /// <param name="template">A department template gives one department form; a project template one form per project; a summary template one table of all projects.</param>
    /// <param name="keyFigures">The key figures of the dataset (<see cref="Tables.Figures.KeyFigures.Derive"/>).</param>
    /// <param name="tables">The derived tables (the 项目支出表 gives each project's amount).</param>
    public static IReadOnlyList<PerformanceForm> Fill(FormTemplate template, BudgetDataset dataset, Table keyFigures, IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(dataset);
        var figures = new BudgetFigures(dataset, keyFigures, tables);
        var header = new FormHeader { Department = dataset.Department.Name, Year = dataset.Year };
        var projects = ProjectFill.Projects(figures).ToList();
        return template.Kind switch
        {
            FormKind.Project => projects.Select(p => Form(template, header) with { Projects = [ProjectFill.WithCostIndicator(p, template, dataset.Year)] }).ToList(),
            FormKind.ProjectSummary =>
            [
                Form(template, header) with
                {
                    Projects = projects.Select(p => ProjectFill.WithCostIndicator(p, template, dataset.Year)).ToList(),
                    ProjectsTotal = projects.Sum(p => p.AnnualBudget ?? 0m),
                },
            ],
            _ =>
            [
                Form(template, header) with
                {
                    Money = MoneyFill.Overview(template, figures),
                    Functions = dataset.Department.Functions,
                    Projects = template.Layout == "hubei-department" ? ProjectFill.HubeiList(figures, projects) : projects,
                    LongTerm = EmptyGoal(template, "longTermGoal"),
                    Annual = EmptyGoal(template, "annualGoal"),
                },
            ],
        };
    }

    /// <summary>A goal section to be filled by people: no text, no indicators.</summary>
    private static FormGoal? EmptyGoal(FormTemplate template, string role) =>
        template.Heading(role) is { } heading ? new FormGoal { Source = new CellSource { Table = heading } } : null;

    private static PerformanceForm Form(FormTemplate template, FormHeader header) =>
        new() { TemplateId = template.Id, Kind = template.Kind, Title = template.Title, Header = header };
}
