using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>Reads the Zhengzhou 2020 department form (seed 003): goals, tasks with money, and one indicator table with explanations and formulas.</summary>
internal static class ZhengzhouReader
{
    public static PerformanceForm Read(FormText text, FormTemplate template)
    {
        var goalHeading = template.Heading("annualGoal") ?? "annualGoal";
        var taskHeading = template.Heading("tasks") ?? "tasks";
        var indicatorHeading = template.Heading("indicators") ?? "indicators";
        var goalLines = text.Section(goalHeading, taskHeading);
        var name = text.Lines.FirstOrDefault(l => l.First == "部门名称");
        return new PerformanceForm
        {
            TemplateId = template.Id,
            Kind = template.Kind,
            Title = text.Lines.FirstOrDefault(l => l.First.Contains("绩效目标申报表", StringComparison.Ordinal))?.First.TrimStart('#', ' ') ?? template.Title,
            Header = new FormHeader { Department = name?.After(0) ?? "", Year = text.Year("年度") },
            Tasks = Tasks(text.Section(taskHeading, indicatorHeading), taskHeading),
            Annual = new FormGoal
            {
                Text = string.Join("\n", goalLines.Select(l => l.After(0)).Where(t => t.Length > 0)),
                Indicators = IndicatorRows.ReadPositional(text.Section(indicatorHeading), "绩效指标", template, targetBeforeEmpty: false),
                Source = new CellSource { Table = goalHeading, Row = 1, Column = 2, Line = goalLines.FirstOrDefault()?.Number ?? 0 },
            },
        };
    }

    /// <summary>年度主要任务: 任务名称, 主要内容, 合计, 其中：财政资金, 备注 — columns found from the header rows.</summary>
    internal static List<FormTask> Tasks(IReadOnlyList<FormLine> lines, string table)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var header = lines[0];
        var subHeader = lines.FirstOrDefault(l => l.Contains("合计"));
        int Column(FormLine? line, string name) => line?.IndexOf(name) ?? -1;
        var (nameAt, contentAt) = (Column(header, "任务名称"), Column(header, "主要内容"));
        var (totalAt, fiscalAt, noteAt) = (Column(subHeader, "合计"), Column(subHeader, "财政资金"), Column(subHeader, "备注"));
        var tasks = new List<FormTask>();
        foreach (var line in lines.Skip(1).Where(l => l != subHeader && !l.IsBlank && l.Cell(nameAt).Length > 0))
        {
            tasks.Add(new FormTask
            {
                Name = line.Cell(nameAt),
                Content = line.Cell(contentAt),
                Amount = totalAt < 0 ? null : FormText.Money(line.Cell(totalAt)),
                FiscalAmount = fiscalAt < 0 ? null : FormText.Money(line.Cell(fiscalAt)),
                Note = noteAt < 0 ? "" : line.Cell(noteAt),
                Source = FormText.Source(table, tasks.Count + 1, line, nameAt + 1),
            });
        }

        return tasks;
    }
}
