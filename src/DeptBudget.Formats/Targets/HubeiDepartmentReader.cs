using System.Text.RegularExpressions;
using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>Reads the Hubei department form (seed 000): header, money overview, functions, tasks, project list, long-term and annual goals with their indicators.</summary>
internal static partial class HubeiDepartmentReader
{
    public static PerformanceForm Read(FormText text, FormTemplate template)
    {
        string? Heading(string role) => template.Heading(role);
        var endings = new[] { "money", "functions", "tasks", "projects", "longTermGoal", "longTermIndicators", "annualGoal", "annualIndicators", "end" }.Select(Heading).ToArray();
        IReadOnlyList<FormLine> Section(string role) => text.Section(Heading(role), endings.Where(e => e != Heading(role)).ToArray());

        var money = HubeiMoney.Read(Section("money"), Heading("money") ?? "money");
        var longTermLine = Section("longTermGoal").FirstOrDefault();
        var annualLine = Section("annualGoal").FirstOrDefault();
        return new PerformanceForm
        {
            TemplateId = template.Id,
            Kind = template.Kind,
            Title = text.Lines.FirstOrDefault(l => l.First.Contains("绩效目标申报表", StringComparison.Ordinal))?.First.TrimStart('#', ' ') ?? template.Title,
            Header = Header(text) with { Year = money?.PreviousYears.Count > 0 ? money.PreviousYears.Max() + 1 : null },
            Money = money,
            Functions = Section("functions").Take(1).SelectMany(l => FormText.Items(l.After(0))).ToList(),
            Tasks = Tasks(Section("tasks"), Heading("tasks") ?? "tasks"),
            Projects = Projects(Section("projects"), Heading("projects") ?? "projects"),
            LongTerm = Goal(longTermLine, Heading("longTermGoal") ?? "longTermGoal", IndicatorRows.ReadAnchored(Section("longTermIndicators"), Heading("longTermIndicators") ?? "longTermIndicators", template, valueColumns: 1)),
            Annual = Goal(annualLine, Heading("annualGoal") ?? "annualGoal", IndicatorRows.ReadAnchored(Section("annualIndicators"), Heading("annualIndicators") ?? "annualIndicators", template, valueColumns: 1 + template.IndicatorColumns.Count(c => c == "previous"))),
        };
    }

    private static FormHeader Header(FormText text)
    {
        var all = string.Join("\n", text.Lines.Select(l => string.Join("\t", l.Cells)));
        var name = text.Lines.FirstOrDefault(l => l.First.Contains("名称", StringComparison.Ordinal));
        var filler = text.Lines.FirstOrDefault(l => l.First == "填报人");
        return new FormHeader
        {
            Department = name?.After(0) ?? "",
            Filler = filler?.After(0) ?? "",
            Phone = filler is null ? "" : filler.After(filler.IndexOf("联系电话")),
            Date = DatePattern().Match(all) is { Success: true } date ? date.Groups[1].Value : "",
            MoneyUnit = UnitPattern().Match(all) is { Success: true } unit ? unit.Groups[1].Value : "万元",
        };
    }

    private static List<FormTask> Tasks(IReadOnlyList<FormLine> lines, string table) =>
        lines.Take(1).SelectMany(l => FormText.Items(l.After(0)).Select((item, i) => new FormTask
        {
            Name = item,
            Source = FormText.Source(table, i + 1, l, 2),
        })).ToList();

    private static List<FormProject> Projects(IReadOnlyList<FormLine> lines, string table)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var header = lines[0];
        int Column(string name) => header.IndexOf(name);
        var projects = new List<FormProject>();
        foreach (var line in lines.Skip(1).Where(l => !l.IsBlank))
        {
            projects.Add(new FormProject
            {
                Name = line.Cell(Column("项目名称")),
                Category = line.Cell(Column("类别")),
                TotalBudget = FormText.Money(line.Cell(Column("总预算"))),
                AnnualBudget = FormText.Money(line.Cell(Column("年度预算"))),
                Purpose = line.Cell(Column("用途")),
                Source = FormText.Source(table, projects.Count + 1, line, Column("项目名称") + 1),
            });
        }

        return projects;
    }

    private static FormGoal Goal(FormLine? line, string heading, IReadOnlyList<Indicator> indicators) => new()
    {
        Text = line?.After(0) ?? "",
        Horizon = line is not null && HorizonPattern().Match(line.First) is { Success: true } horizon ? horizon.Groups[1].Value.Trim() : "",
        Indicators = indicators,
        Source = new CellSource { Table = heading, Row = 1, Column = 2, Line = line?.Number ?? 0 },
    };

    [GeneratedRegex(@"填报日期[:：]\s*(\S+)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"单位[:：]\s*(万元|元)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"[(（]([^)）]*)[)）]")]
    private static partial Regex HorizonPattern();
}
