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

    /// <summary>
    /// Hubei's list holds the 运转类 and 特定目标类 projects (it adds up to those expenditure lines): 公用经费, which
    /// the budget keeps as basic expenditure, is Hubei's 公用经费项目; 人员类 projects belong to 人员类.
    /// </summary>
    public static IReadOnlyList<FormProject> HubeiList(BudgetFigures figures, IReadOnlyList<FormProject> projects)
    {
        var personnel = figures.Dataset.Projects.Where(p => p.Category == ProjectCategory.Personnel).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var list = projects.Where(p => !personnel.Contains(p.Code)).ToList();
        if (figures.ThisYear("operating") is { } operating && operating != 0m)
        {
            list.Insert(0, new FormProject { Name = "公用经费", Category = "常年性项目", TotalBudget = operating, AnnualBudget = operating, Purpose = "基本支出中的公用经费", Source = new CellSource { Table = Table } });
        }

        return list.Select((p, i) => p with { Source = p.Source with { Row = i + 1 } }).ToList();
    }

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
