using System.Text.RegularExpressions;
using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>Reads the Henan 2022 department form (seed 002 表十一): 年度履职目标, 年度主要任务, 预算情况 and the indicators.</summary>
internal static partial class HenanDepartmentReader
{
    public static PerformanceForm Read(FormText text, FormTemplate template)
    {
        var goalHeading = template.Heading("annualGoal") ?? "annualGoal";
        var taskHeading = template.Heading("tasks") ?? "tasks";
        var moneyHeading = template.Heading("money") ?? "money";
        var indicatorHeading = template.Heading("indicators") ?? "indicators";
        var goalLine = text.Section(goalHeading, taskHeading).FirstOrDefault();
        var name = text.Lines.FirstOrDefault(l => l.First.Contains("名称", StringComparison.Ordinal));
        return new PerformanceForm
        {
            TemplateId = template.Id,
            Kind = template.Kind,
            Title = text.Lines.FirstOrDefault()?.First.TrimStart('#', ' ') ?? template.Title,
            Header = new FormHeader { Department = name?.After(0) ?? "", Year = text.Year("年度") },
            Tasks = ZhengzhouReader.Tasks(text.Section(taskHeading, moneyHeading), taskHeading),
            Money = Money(text.Section(moneyHeading, indicatorHeading), moneyHeading),
            Annual = new FormGoal
            {
                Text = goalLine?.After(0) ?? "",
                Indicators = IndicatorRows.ReadPositional(text.Section(indicatorHeading), "绩效指标", template, targetBeforeEmpty: true),
                Source = new CellSource { Table = goalHeading, Row = 1, Column = 2, Line = goalLine?.Number ?? 0 },
            },
        };
    }

    /// <summary>部门预算总额, then 资金来源 (1)(2)(3) and 资金结构 (1)(2), one per row; both add up to the total.</summary>
    private static MoneyOverview Money(IReadOnlyList<FormLine> lines, string table)
    {
        var (income, expenditure) = (new List<MoneyLine>(), new List<MoneyLine>());
        MoneyLine? total = null;
        var current = income;
        var row = 0;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var labelAt = line.Cells.ToList().FindIndex(c => c.Length > 0 && c != table);
            if (labelAt < 0)
            {
                continue;
            }

            var label = line.Cell(labelAt);
            current = label.Contains("资金结构", StringComparison.Ordinal) ? expenditure : current;
            var money = new MoneyLine
            {
                Label = Numbering().Replace(label, ""),
                Amount = FormText.Money(line.After(labelAt)),
                Source = FormText.Source(table, ++row, line, labelAt + 2),
            };
            if (label.Contains("总额", StringComparison.Ordinal))
            {
                total = money;
            }
            else
            {
                current.Add(money);
            }
        }

        return new MoneyOverview { Income = income, IncomeTotal = total, Expenditure = expenditure, ExpenditureTotal = total };
    }

    [GeneratedRegex(@"^(?:\d+、[^：:]*[：:])?\s*[(（]\d+[)）]")]
    private static partial Regex Numbering();
}
