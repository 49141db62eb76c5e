using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>Reads the rows of an indicator table into <see cref="Indicator"/>s, whatever shifts the PDF conversion left.</summary>
internal static class IndicatorRows
{
    private static readonly string[] HeaderWords = ["一级指标", "近两年指标值", "前年"];

    /// <summary>
    /// Rows anchored on the basis cell (指标值确定依据, "…标准"): the <paramref name="valueColumns"/> cells before it
    /// are the previous years' values and the target, the cell after it the class, the cells before the values the
    /// names. A row without a basis cell holds names only.
    /// </summary>
    public static IReadOnlyList<Indicator> ReadAnchored(IReadOnlyList<FormLine> lines, string table, FormTemplate template, int valueColumns)
    {
        var tree = new IndicatorTree(template.FirstLevel);
        var indicators = new List<Indicator>();
        foreach (var line in DataRows(lines))
        {
            var cells = line.Cells.Select(c => c == table ? "" : c).ToList();
            var basisAt = cells.FindIndex(1, IsBasis);
            var valuesAt = basisAt < 0 ? cells.Count : Math.Max(basisAt - valueColumns, 0);
            var values = basisAt < 0 ? [] : cells.Skip(valuesAt).Take(basisAt - valuesAt).ToList();
            var (level1, level2, level3) = tree.Place(cells.Take(valuesAt).Select((c, i) => (i, c)).ToList());
            indicators.Add(new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Level3 = level3,
                Target = TargetParser.Parse(values.Count > 0 ? values[^1] : ""),
                PreviousValues = values.Count > 1 ? values[..^1] : [],
                Basis = basisAt < 0 ? "" : cells[basisAt],
                Class = basisAt < 0 ? "" : line.Cell(basisAt + 1),
                Source = FormText.Source(table, indicators.Count + 1, line, basisAt < 0 ? 1 : basisAt),
            });
        }

        return indicators;
    }

    /// <summary>
    /// Rows read by position (level1, level2, level3, target, explanation, formula). A name in the 一级 column that is
    /// not a first-level indicator is a 二级 name pushed left, and a number in the 三级 column before a long text is a
    /// target pushed left: the row moves one column right (seed 003). When
    /// <paramref name="targetBeforeEmpty"/>, a row whose target cell is empty but whose 三级 cell holds a short value
    /// before an explanation lost a column: the value moves into the target (seed 002).
    /// </summary>
    public static IReadOnlyList<Indicator> ReadPositional(IReadOnlyList<FormLine> lines, string table, FormTemplate template, bool targetBeforeEmpty)
    {
        var tree = new IndicatorTree(template.FirstLevel);
        var indicators = new List<Indicator>();
        var explanationAt = template.IndicatorColumns.ToList().IndexOf("explanation");
        foreach (var line in DataRows(lines))
        {
            var cells = line.Cells.ToList();
            var notes = new List<string>();
            if (cells[0].Length > 0 && !tree.IsFirstLevel(cells[0]))
            {
                notes.Add($"“{cells[0]}”不是一级指标，却写在一级指标列；按二级指标读取");
                cells.Insert(0, "");
            }
            else if (cells[0].Length == 0 && LooksLikeTarget(Cell(cells, 2)) && Cell(cells, 3).Length > 10)
            {
                notes.Add("本行少一列：指标值写在了三级指标列；按右移一列读取");
                cells.Insert(0, "");
            }

            (string, string, string) names;
            string target;
            if (targetBeforeEmpty && Cell(cells, 3).Length == 0 && Cell(cells, 2).Length > 0 && Cell(cells, 4).Length > 0)
            {
                names = tree.Carry(cells[0], null, cells[1]);
                target = cells[2];
            }
            else
            {
                names = tree.Carry(cells[0], Cell(cells, 1), Cell(cells, 2));
                target = Cell(cells, 3);
            }

            indicators.Add(new Indicator
            {
                Level1 = names.Item1,
                Level2 = names.Item2,
                Level3 = names.Item3,
                Target = TargetParser.Parse(target),
                Explanation = explanationAt < 0 ? "" : Cell(cells, explanationAt),
                Formula = string.Join(" ", cells.Skip(explanationAt + 1).Where(c => c.Length > 0)),
                ReadingNotes = notes,
                Source = FormText.Source(table, indicators.Count + 1, line, 4),
            });
        }

        return indicators;
    }

    /// <summary>A cell that holds a number target ("95%", "≥90%"), not a name.</summary>
    private static bool LooksLikeTarget(string cell) => TargetParser.Parse(cell) is QuantitativeTarget or CompoundTarget;

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : "";

    private static bool IsBasis(string cell) => cell.EndsWith("标准", StringComparison.Ordinal) || cell == "其他";

    private static IEnumerable<FormLine> DataRows(IReadOnlyList<FormLine> lines) =>
        lines.Where(l => !l.IsBlank && !l.Cells.Any(c => HeaderWords.Contains(c)) && !l.First.StartsWith('#'));
}
