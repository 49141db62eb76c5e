using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Targets.Filling;

/// <summary>
/// Performance-target forms filled from the budget wherever the budget holds the figure: header, money overview,
/// functions, project list, per project its money and a 成本指标, and the library indicators the user picks with their
/// targets where the budget gives them. Everything else (goals, tasks, other indicators) is left empty for people to
/// fill; nothing is invented.
/// </summary>
public static class FormFiller
{
    /// <param name="template">A department template gives one department form; a project template one form per project; a summary template one table of all projects.</param>
    /// <param name="keyFigures">The key figures of the dataset (<see cref="Tables.Figures.KeyFigures.Derive"/>).</param>
    /// <param name="tables">The derived tables (the 项目支出表 gives each project's amount).</param>
    /// <param name="picked">Library indicators to add: to the annual goal of a department form, to every project of the others.</param>
    /// <param name="placements">The names templates give the library's 一级 groups.</param>
    public static IReadOnlyList<PerformanceForm> Fill(FormTemplate template, BudgetDataset dataset, Table keyFigures, IReadOnlyList<Table> tables,
        IReadOnlyList<LibraryIndicator>? picked = null, IndicatorPlacements? placements = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(dataset);
        var figures = new BudgetFigures(dataset, keyFigures, tables);
        var header = new FormHeader { Department = dataset.Department.Name, Year = dataset.Year };
        IReadOnlyList<Indicator> Picked(int firstRow) => LibraryFill.Rows(picked ?? [], placements ?? IndicatorPlacements.None, template, figures, firstRow).ToList();
        FormProject WithIndicators(FormProject project)
        {
            var withCost = ProjectFill.WithCostIndicator(project, template, dataset.Year);
            return withCost with { Indicators = [.. withCost.Indicators, .. Picked(withCost.Indicators.Count + 1)] };
        }

        var projects = ProjectFill.Projects(figures).ToList();
        return template.Kind switch
        {
            FormKind.Project => projects.Select(p => Form(template, header) with { Projects = [WithIndicators(p)] }).ToList(),
            FormKind.ProjectSummary =>
            [
                Form(template, header) with
                {
                    Projects = projects.Select(WithIndicators).ToList(),
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
                    Annual = EmptyGoal(template, "annualGoal") is { } annual ? annual with { Indicators = Picked(1) } : null,
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
