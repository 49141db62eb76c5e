using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>
/// Reads the Hubei project form (DOMAIN §6.3): 项目名称, 年度资金总额, 中期目标, 年度目标 and the indicators, whose
/// operator (计算符号: ≥ ≤ = 定性) and unit (计量单位) stand in their own columns.
/// </summary>
internal static class HubeiProjectReader
{
    public static PerformanceForm Read(FormText text, FormTemplate template)
    {
        var indicatorHeading = template.Heading("indicators") ?? "indicators";
        var indicatorLines = text.Section(indicatorHeading);
        var header = indicatorLines.FirstOrDefault();
        int Column(string role) => header is null ? -1 : header.IndexOf(role switch
        {
            "operator" => "计算符号",
            "value" => "指标值",
            "unit" => "计量单位",
            _ => "备注",
        });

        var tree = new IndicatorTree(template.FirstLevel);
        var indicators = new List<Indicator>();
        foreach (var line in indicatorLines.Skip(1).Where(l => !l.IsBlank))
        {
            var names = tree.Carry(line.Cell(0), line.Cell(1), line.Cell(2));
            var sign = line.Cell(Column("operator"));
            var written = sign == "定性" ? line.Cell(Column("value")) : sign + line.Cell(Column("value")) + line.Cell(Column("unit"));
            indicators.Add(new Indicator
            {
                Level1 = names.Level1,
                Level2 = names.Level2,
                Level3 = names.Level3,
                Target = TargetParser.Parse(written),
                Explanation = Column("notes") < 0 ? "" : line.Cell(Column("notes")),
                Source = FormText.Source("绩效指标", indicators.Count + 1, line, Column("value") + 1),
            });
        }

        string Value(string label) => text.Lines.FirstOrDefault(l => l.First.StartsWith(label, StringComparison.Ordinal))?.After(0) ?? "";
        FormLine? Line(string? label) => label is null ? null : text.Lines.FirstOrDefault(l => l.First.StartsWith(label, StringComparison.Ordinal));
        FormGoal Goal(string role, IReadOnlyList<Indicator> list) => new()
        {
            Text = Line(template.Heading(role))?.After(0) ?? "",
            Indicators = list,
            Source = new CellSource { Table = template.Heading(role) ?? role, Row = 1, Column = 2, Line = Line(template.Heading(role))?.Number ?? 0 },
        };

        var nameLine = Line("项目名称");
        return new PerformanceForm
        {
            TemplateId = template.Id,
            Kind = template.Kind,
            Title = text.Lines.FirstOrDefault(l => l.First.Contains("绩效目标申报表", StringComparison.Ordinal))?.First.TrimStart('#', ' ') ?? template.Title,
            Header = new FormHeader { Department = Value("主管部门") },
            Projects =
            [
                new FormProject
                {
                    Name = Value("项目名称"),
                    AnnualBudget = FormText.Money(Value("年度资金总额")),
                    TotalBudget = FormText.Money(Value("年度资金总额")),
                    Indicators = indicators,
                    Source = nameLine is null ? new CellSource { Table = "项目" } : FormText.Source("项目", 1, nameLine, 2),
                },
            ],
            LongTerm = Goal("longTermGoal", []),
            Annual = Goal("annualGoal", []),
        };
    }
}
