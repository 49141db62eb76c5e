using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>
/// Reads the Henan project summary table (seed 002 表十二): each project a block of rows, money per source, and one
/// column pair (三级指标, 指标值) per indicator kind. A block starts at a row with a cost indicator or a project code;
/// the converter puts a merged name cell in the block's middle row, so a name found inside a block belongs to it.
/// </summary>
internal static class ProjectSummaryReader
{
    public static PerformanceForm Read(FormText text, FormTemplate template)
    {
        var heading = template.Heading("projects") ?? "projects";
        var lines = text.Section(heading);
        var groupRow = lines.FirstOrDefault(l => template.FirstLevel.All(l.Contains));
        var groups = groupRow is null ? [] : template.FirstLevel.Select(kind => (Kind: kind, Column: groupRow.IndexOf(kind))).ToList();
        var firstIndicatorColumn = groups.Count == 0 ? int.MaxValue : groups.Min(g => g.Column);
        var blocks = new List<Block>();
        decimal? total = null;
        foreach (var line in lines.Where(l => !l.IsBlank && l != groupRow && !l.Contains("三级指标") && !l.First.Contains("编码", StringComparison.Ordinal)))
        {
            var hasIndicators = line.Cells.Skip(firstIndicatorColumn).Any(c => c.Length > 0);
            if (!hasIndicators && line.First.Length > 0)
            {
                total ??= FormText.Money(line.Cell(2));
                continue;
            }

            var startsCost = groups.Count > 0 && line.Cell(groups[0].Column).Length > 0;
            var current = blocks.Count == 0 ? null : blocks[^1];
            var continuesCodeRow = current is not null && startsCost && current.Indicators.All(i => i.Kind != groups[0].Kind) && current.StartedByCode;
            if (current is null || (line.First.Length > 0 && current.Indicators.Count > 0) || (startsCost && !continuesCodeRow))
            {
                current = new Block(line, startedByCode: line.First.Length > 0 && !startsCost);
                blocks.Add(current);
            }

            current.Take(line, groups, heading);
        }

        return new PerformanceForm
        {
            TemplateId = template.Id,
            Kind = template.Kind,
            Title = text.Lines.FirstOrDefault()?.First.TrimStart('#', ' ') ?? template.Title,
            Header = new FormHeader { Department = text.Lines.FirstOrDefault(l => l.First.StartsWith("部门名称", StringComparison.Ordinal))?.First.Split('：', ':').Last() ?? "", Year = text.Year("年度") },
            Projects = blocks.Select((b, i) => b.ToProject(heading, i + 1)).ToList(),
            ProjectsTotal = total,
        };
    }

    private sealed class Block(FormLine first, bool startedByCode)
    {
        public bool StartedByCode => startedByCode;

        public List<(string Kind, Indicator Indicator)> Indicators { get; } = [];

        private string code = "";
        private string name = "";
        private decimal? total;
        private decimal? annual;

        public void Take(FormLine line, IReadOnlyList<(string Kind, int Column)> groups, string table)
        {
            code = code.Length > 0 ? code : line.First;
            if (name.Length == 0 && line.Cell(1).Length > 0)
            {
                (name, total, annual) = (line.Cell(1), FormText.Money(line.Cell(2)), FormText.Money(line.Cell(3)));
            }

            foreach (var (kind, column) in groups)
            {
                var (level3, target) = (line.Cell(column), line.Cell(column + 1));
                if (level3.Length > 0 || target.Length > 0)
                {
                    Indicators.Add((kind, new Indicator
                    {
                        Level1 = kind,
                        Level3 = level3,
                        Target = TargetParser.Parse(target),
                        Source = FormText.Source(table, 0, line, column + 2),
                    }));
                }
            }
        }

        public FormProject ToProject(string table, int row) => new()
        {
            Code = code,
            Name = name,
            TotalBudget = total,
            AnnualBudget = annual,
            Indicators = Indicators.Select(i => i.Indicator with { Source = i.Indicator.Source with { Row = row } }).ToList(),
            Source = FormText.Source(table, row, first),
        };
    }
}
