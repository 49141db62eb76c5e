using DeptBudget.Core.Targets;
using Names = DeptBudget.Formats.Targets.Writing.FormLayoutNames;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// An indicator table: columns by their header; 计算符号 / 指标值 / 计量单位 joined as the Hubei project form is read;
/// previous-year cells all empty mean the row has no previous values.
/// </summary>
internal static class IndicatorBlock
{
    public static IReadOnlyList<(int Project, int Row, Indicator Indicator)> Read(FormSection section)
    {
        var fields = section.Columns.Skip(1).Select(c => (c.Column, c.Name, Field: Names.IndicatorField(c.Name))).ToList();
        foreach (var unknown in fields.Where(f => f.Field is null))
        {
            throw section.Cells.Error(section.Rows.FirstOrDefault() - 1, unknown.Column, $"“{unknown.Name}”不是指标表的列");
        }

        var withProject = section.Columns.FirstOrDefault().Name == Names.ProjectNumber;
        return section.Rows.Select(row =>
        {
            string Cell(string field) => fields.Where(f => f.Field == field).Select(f => section.Cells.Text(row, f.Column)).FirstOrDefault() ?? "";
            var sign = Cell("operator");
            var written = fields.Any(f => f.Field == "operator") && sign != "定性" ? sign + Cell("value") + Cell("unit") : Cell("value");
            var previous = fields.Where(f => f.Field == "previous").Select(f => section.Cells.Text(row, f.Column)).ToList();
            var notes = Cell("readingNotes");
            var indicator = new Indicator
            {
                Level1 = Cell("level1"),
                Level2 = Cell("level2"),
                Level3 = Cell("level3"),
                Target = TargetParser.Parse(written),
                Basis = Cell("basis"),
                Class = Cell("class"),
                Explanation = Cell("explanation") + Cell("notes"),
                Formula = Cell("formula"),
                PreviousValues = previous.All(p => p.Length == 0) ? [] : previous,
                ReadingNotes = notes.Length == 0 ? [] : notes.Split('\n'),
                Source = section.Source(row),
            };
            return (withProject ? section.Cells.Whole(row, 0) ?? 0 : 0, row, indicator);
        }).ToList();
    }
}
