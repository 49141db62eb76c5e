using System.Text.RegularExpressions;
using DeptBudget.Core.Targets;
using Names = DeptBudget.Formats.Targets.Writing.FormLayoutNames;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// One sheet back into a form: the title, the header pairs, then sections (runs of rows between empty rows) found by
/// their heading; columns found by their header. Places become the sheet's rows.
/// </summary>
internal static partial class FormSheetReader
{
    public static PerformanceForm Read(FormSheetCells cells, Func<string, FormTemplate> templates)
    {
        var rows = cells.RowNumbers;
        if (rows.Count == 0 || rows[0] != 1 || cells.Text(1, 0).Length == 0)
        {
            throw cells.Error(1, 0, "第一行应为表名");
        }

        var header = HeaderPairs(cells);
        var templateId = Text(header, Names.Template);
        if (templateId.Length == 0)
        {
            throw cells.Error(2, 1, $"没有“{Names.Template}”（式样 id）");
        }

        var template = templates(templateId);
        var form = new PerformanceForm
        {
            TemplateId = templateId,
            Kind = template.Kind,
            Title = cells.Text(1, 0),
            Header = new FormHeader
            {
                Department = Text(header, Names.Department),
                Filler = Text(header, Names.Filler),
                Phone = Text(header, Names.Phone),
                Date = Text(header, Names.Date),
                Year = header.TryGetValue(Names.Year, out var year) ? cells.Whole(year.Row, year.Column) : null,
                MoneyUnit = Text(header, Names.Unit),
            },
            ProjectsTotal = header.TryGetValue(Names.ProjectsTotal, out var total) ? cells.Amount(total.Row, total.Column) : null,
        };
        var projectIndicators = new List<(int Project, Indicator Indicator)>();
        foreach (var block in Blocks(rows.Where(r => r > 1 + Names.HeaderRows).ToList()))
        {
            var heading = cells.Text(block[0], 0);
            var role = Names.Roles.FirstOrDefault(r => Names.Heading(template, r) == heading)
                ?? throw cells.Error(block[0], 0, $"“{heading}”不是式样 {template.Id} 的栏目（应为 {string.Join("、", Names.Roles.Select(r => Names.Heading(template, r)).Distinct())}）");
            if (block.Count < 2)
            {
                throw cells.Error(block[0] + 1, 0, $"“{heading}”下没有表头");
            }

            var section = new FormSection(cells, heading, block[1], block.Skip(2).ToList());
            form = role switch
            {
                "money" => form with { Money = MoneyBlock.Read(section) },
                "functions" => form with { Functions = section.Rows.Select(r => section.Text(r, Names.Content)).ToList() },
                "tasks" => form with { Tasks = TaskBlocks.Tasks(section) },
                "projects" => form with { Projects = TaskBlocks.Projects(section) },
                "longTermGoal" => form with { LongTerm = TaskBlocks.Goal(section) },
                "annualGoal" => form with { Annual = TaskBlocks.Goal(section) },
                "longTermIndicators" => form with { LongTerm = (form.LongTerm ?? throw NoGoal(cells, block[0], heading)) with { Indicators = IndicatorBlock.Read(section).Select(i => i.Indicator).ToList() } },
                "annualIndicators" => form with { Annual = (form.Annual ?? throw NoGoal(cells, block[0], heading)) with { Indicators = IndicatorBlock.Read(section).Select(i => i.Indicator).ToList() } },
                _ => AddProjectIndicators(form, projectIndicators, IndicatorBlock.Read(section), section),
            };
        }

        return form;
    }

    private static PerformanceForm AddProjectIndicators(PerformanceForm form, List<(int Project, Indicator Indicator)> all, IReadOnlyList<(int Project, int Row, Indicator Indicator)> read, FormSection section)
    {
        foreach (var (project, row, _) in read.Where(r => r.Project < 1 || r.Project > form.Projects.Count))
        {
            throw section.Cells.Error(row, 0, $"项目序号 {project} 不在“项目”表的 1 至 {form.Projects.Count} 之中");
        }

        all.AddRange(read.Select(r => (r.Project, r.Indicator)));
        return form with
        {
            Projects = form.Projects.Select((p, i) => p with { Indicators = all.Where(a => a.Project == i + 1).Select(a => a.Indicator).ToList() }).ToList(),
        };
    }

    private static InputException NoGoal(FormSheetCells cells, int row, string heading) => cells.Error(row, 0, $"“{heading}”前没有对应的目标栏");

    /// <summary>Label → the place of its value, from the pairs of the header rows.</summary>
    private static Dictionary<string, (string Text, int Row, int Column)> HeaderPairs(FormSheetCells cells)
    {
        var pairs = new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
        for (var row = 2; row < 2 + Names.HeaderRows; row++)
        {
            for (var col = 0; col < 16; col += 2)
            {
                var label = cells.Text(row, col);
                if (label.Length > 0)
                {
                    pairs[label] = (cells.Text(row, col + 1), row, col + 1);
                }
            }
        }

        return pairs;
    }

    private static string Text(Dictionary<string, (string Text, int Row, int Column)> header, string label) =>
        header.TryGetValue(label, out var value) ? value.Text : "";

    /// <summary>Runs of consecutive row numbers: one section each.</summary>
    private static IEnumerable<List<int>> Blocks(List<int> rows)
    {
        var block = new List<int>();
        foreach (var row in rows)
        {
            if (block.Count > 0 && row != block[^1] + 1)
            {
                yield return block;
                block = [];
            }

            block.Add(row);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    [GeneratedRegex(@"^(\d{4})年$")]
    internal static partial Regex YearHeader();
}
