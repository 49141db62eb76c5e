using System.Globalization;
using DeptBudget.Core.Targets;
using Names = DeptBudget.Formats.Targets.Writing.FormLayoutNames;

namespace DeptBudget.Formats.Targets.Writing;

/// <summary>Lays a form out as its template prints it; every field of the model has a cell, so the xlsx reads back whole.</summary>
public static class FormLayoutBuilder
{
    public static FormLayout Build(PerformanceForm form, FormTemplate template)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(template);
        var blocks = new List<FormBlock>();
        if (form.Money is { } money)
        {
            blocks.Add(Money(money, Names.Heading(template, "money")));
        }

        if (template.Heading("functions") is not null || form.Functions.Count > 0)
        {
            blocks.Add(new FormBlock("functions", Names.Heading(template, "functions"), [Names.Number, Names.Content], form.Functions.Select((f, i) => Row(Number(i), new FormCell(f))).ToList()));
        }

        if (template.Heading("tasks") is not null || form.Tasks.Count > 0)
        {
            blocks.Add(new FormBlock("tasks", Names.Heading(template, "tasks"), Names.TaskColumns, form.Tasks.Select((t, i) =>
                Row(Number(i), new FormCell(t.Name), new FormCell(t.Content), FormCell.Money(t.Amount), FormCell.Money(t.FiscalAmount), new FormCell(t.Note))).ToList()));
        }

        if (template.Heading("projects") is not null || form.Projects.Count > 0 || form.ProjectsTotal is not null)
        {
            blocks.Add(Projects(form, Names.Heading(template, "projects")));
        }

        AddGoal(blocks, form.LongTerm, template, "longTermGoal", "longTermIndicators");
        AddGoal(blocks, form.Annual, template, "annualGoal", "annualIndicators");
        var projectIndicators = form.Projects.SelectMany((p, i) => p.Indicators.Select(indicator => (Project: i + 1, Indicator: indicator))).ToList();
        if (projectIndicators.Count > 0)
        {
            blocks.Add(Indicators("projectIndicators", Names.Heading(template, "projectIndicators"), template, projectIndicators));
        }

        return new FormLayout(form.Title, Header(form), blocks);
    }

    private static List<(string, FormCell)> Header(PerformanceForm form) =>
    [
        (Names.Template, new FormCell(form.TemplateId)),
        (Names.Department, new FormCell(form.Header.Department)),
        (Names.Filler, new FormCell(form.Header.Filler)),
        (Names.Phone, new FormCell(form.Header.Phone)),
        (Names.Date, new FormCell(form.Header.Date)),
        (Names.Year, FormCell.Whole(form.Header.Year)),
        (Names.Unit, new FormCell(form.Header.MoneyUnit)),
        (Names.ProjectsTotal, FormCell.Money(form.ProjectsTotal)),
    ];

    private static FormBlock Money(MoneyOverview money, string heading)
    {
        var columns = new List<string> { Names.Category, Names.Item, Names.Amount, Names.Share };
        columns.AddRange(money.PreviousYears.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年"));
        var rows = new List<IReadOnlyList<FormCell>>();
        void Add(string category, MoneyLine line)
        {
            var cells = new List<FormCell> { new(category), new(line.Label), FormCell.Money(line.Amount), FormCell.Money(line.Share) };
            cells.AddRange(money.PreviousYears.Select((_, i) => FormCell.Money(line.Previous.ElementAtOrDefault(i))));
            rows.Add(cells);
        }

        void Group(string category, IReadOnlyList<MoneyLine> lines, string totalCategory, MoneyLine? total)
        {
            var first = rows.Count;
            lines.ToList().ForEach(l => Add(category, l));
            Merge(rows, first, rows.Count - first, 0);
            if (total is not null)
            {
                Add(totalCategory, total);
            }
        }

        Group(Names.IncomeLines, money.Income, Names.IncomeTotal, money.IncomeTotal);
        Group(Names.ExpenditureLines, money.Expenditure, Names.ExpenditureTotal, money.ExpenditureTotal);
        return new FormBlock("money", heading, columns, rows);
    }

    private static FormBlock Projects(PerformanceForm form, string heading)
    {
        var rows = form.Projects.Select((p, i) => Row(
            Number(i), new FormCell(p.Code), new FormCell(p.Name), new FormCell(p.Category), FormCell.Money(p.TotalBudget), FormCell.Money(p.AnnualBudget), new FormCell(p.Purpose))).ToList();
        if (form.ProjectsTotal is { } total)
        {
            rows.Add(Row(new FormCell("合计"), new(""), new(""), new(""), new(""), FormCell.Money(total), new("")));
        }

        return new FormBlock("projects", heading, Names.ProjectColumns, rows);
    }

    private static void AddGoal(List<FormBlock> blocks, FormGoal? goal, FormTemplate template, string goalRole, string indicatorRole)
    {
        if (goal is null)
        {
            return;
        }

        blocks.Add(new FormBlock(goalRole, Names.Heading(template, goalRole), [Names.Item, Names.Content], [Row(new(Names.GoalText), new(goal.Text)), Row(new(Names.Horizon), new(goal.Horizon))]));
        blocks.Add(Indicators(indicatorRole, Names.Heading(template, indicatorRole), template, goal.Indicators.Select(i => (0, i)).ToList()));
    }

    /// <summary>The indicator table; project indicators carry the project's 序号; 一级 and 二级 names merged down their group.</summary>
    private static FormBlock Indicators(string role, string heading, FormTemplate template, IReadOnlyList<(int Project, Indicator Indicator)> indicators)
    {
        var plan = IndicatorColumnPlan.For(template, indicators.Select(i => i.Indicator).ToList());
        var withProject = role == "projectIndicators";
        var columns = new List<string> { withProject ? Names.ProjectNumber : Names.Number };
        columns.AddRange(plan.Headers());
        var rows = indicators.Select((item, i) => (IReadOnlyList<FormCell>)[
            withProject ? FormCell.Whole(item.Project) : Number(i),
            .. plan.Cells(item.Indicator).Select(c => new FormCell(c))]).ToList();
        MergeRuns(rows, indicators, plan, withProject);
        return new FormBlock(role, heading, columns, rows);
    }

    private static void MergeRuns(List<IReadOnlyList<FormCell>> rows, IReadOnlyList<(int Project, Indicator Indicator)> indicators, IndicatorColumnPlan plan, bool withProject)
    {
        var levels = new[] { "level1", "level2" }.Select(f => (Field: f, Column: plan.Fields.ToList().IndexOf(f) + 1)).Where(l => l.Column > 0).ToList();
        for (var depth = 0; depth < levels.Count; depth++)
        {
            string Key(int i) => string.Join("\u0001", new[] { withProject ? indicators[i].Project.ToString(CultureInfo.InvariantCulture) : "" }
                .Concat(levels.Take(depth + 1).Select(l => rows[i][l.Column].Text)));
            for (var start = 0; start < rows.Count;)
            {
                var end = start + 1;
                while (end < rows.Count && rows[start][levels[depth].Column].Text.Length > 0 && Key(end) == Key(start))
                {
                    end++;
                }

                Merge(rows, start, end - start, levels[depth].Column);
                start = end;
            }
        }
    }

    /// <summary>Merges <paramref name="count"/> rows of one column from <paramref name="first"/> down (the first cell keeps the text).</summary>
    private static void Merge(List<IReadOnlyList<FormCell>> rows, int first, int count, int column)
    {
        if (count < 2)
        {
            return;
        }

        rows[first] = rows[first].Select((c, i) => i == column ? c with { RowSpan = count } : c).ToList();
        for (var r = first + 1; r < first + count; r++)
        {
            rows[r] = rows[r].Select((c, i) => i == column ? new FormCell("") { Covered = true } : c).ToList();
        }
    }

    private static FormCell Number(int index) => FormCell.Whole(index + 1);

    private static List<FormCell> Row(params FormCell[] cells) => [.. cells];
}
