using DeptBudget.Core.Targets;
using Names = DeptBudget.Formats.Targets.Writing.FormLayoutNames;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>The sections of one row per item: tasks, projects, and a goal's 目标 / 期限.</summary>
internal static class TaskBlocks
{
    public static IReadOnlyList<FormTask> Tasks(FormSection section)
    {
        var c = Names.TaskColumns;
        return section.Rows.Select(row => new FormTask
        {
            Name = section.Text(row, c[1]),
            Content = section.Text(row, c[2]),
            Amount = section.Amount(row, c[3]),
            FiscalAmount = section.Amount(row, c[4]),
            Note = section.Text(row, c[5]),
            Source = section.Source(row),
        }).ToList();
    }

    /// <summary>The projects; a 合计 row holds the stated total, which the header carries already.</summary>
    public static IReadOnlyList<FormProject> Projects(FormSection section)
    {
        var c = Names.ProjectColumns;
        return section.Rows.Where(row => section.Text(row, Names.Number) != "合计").Select(row => new FormProject
        {
            Code = section.Text(row, c[1]),
            Name = section.Text(row, c[2]),
            Category = section.Text(row, c[3]),
            TotalBudget = section.Amount(row, c[4]),
            AnnualBudget = section.Amount(row, c[5]),
            Purpose = section.Text(row, c[6]),
            Source = section.Source(row),
        }).ToList();
    }

    public static FormGoal Goal(FormSection section)
    {
        string Find(string label) => section.Rows.Where(r => section.Text(r, Names.Item) == label).Select(r => section.Text(r, Names.Content)).FirstOrDefault() ?? "";
        return new FormGoal
        {
            Text = Find(Names.GoalText),
            Horizon = Find(Names.Horizon),
            Source = section.Rows.Count > 0 ? section.Source(section.Rows[0]) : new CellSource { Table = section.Heading },
        };
    }
}
