using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Xlsx.Entry;
using Names = DeptBudget.Formats.Targets.Xlsx.ActualsSheet;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// Reads a filled actuals workbook (<see cref="ActualsSheet"/>) into the same <see cref="Actuals"/> as the JSON. All or
/// nothing: the first mistake — a missing sheet or block, an indicator not in the form, a text where an amount belongs —
/// is thrown as one message naming the file, the sheet, the row and the column.
/// </summary>
public static class ActualsXlsxReader
{
    /// <param name="indicators">The indicators scored for a project (as <see cref="IndicatorSelection.Of"/> gives them);
    /// throws <see cref="ArgumentException"/> when the project is not in the form.</param>
    public static Actuals Read(string path, Func<string, IReadOnlyList<Indicator>> indicators)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(indicators);
        var file = Path.GetFileName(path);
        using var workbook = XlsxWorkbook.Open(path, new ImportProblems(file));
        if (!workbook.Has(Names.Name))
        {
            throw new InputException($"{file}：没有工作表“{Names.Name}”（工作簿中有：{string.Join("、", workbook.Names)}）。请用 deptbudget targets actuals-template 生成模板后填写。");
        }

        var cells = new FormSheetCells(file, workbook.Read(Names.Name));
        var projectRow = cells.RowNumbers.FirstOrDefault(r => cells.Text(r, 0) == Names.Project);
        var project = projectRow > 0 ? cells.Text(projectRow, 1) : "";
        IReadOnlyList<Indicator> scored;
        try
        {
            scored = indicators(project);
        }
        catch (ArgumentException ex)
        {
            throw projectRow > 0 ? cells.Error(projectRow, 1, ex.Message.TrimEnd('。')) : new InputException($"{file}：工作表“{Names.Name}”：{ex.Message}", ex);
        }

        return new Actuals
        {
            Project = project,
            Budget = Budget(cells),
            Indicators = IndicatorRows(cells, scored),
            Inputs = Inputs(cells),
        };
    }

    private static BudgetExecution? Budget(FormSheetCells cells)
    {
        var (header, rows) = Block(cells, Names.BudgetHeading, Names.BudgetColumns, required: true);
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        return cells.Amount(row, header[Names.Planned]) is not { } amount ? null : new BudgetExecution
        {
            Planned = amount,
            MidYear = cells.Amount(row, header[Names.MidYearSpent]),
            YearEnd = cells.Amount(row, header[Names.YearEndSpent]),
            Reason = cells.Text(row, header[Names.BudgetReason]),
        };
    }

    private static List<IndicatorActual> IndicatorRows(FormSheetCells cells, IReadOnlyList<Indicator> scored)
    {
        var (header, rows) = Block(cells, Names.IndicatorHeading, Names.IndicatorColumns, required: true);
        var actuals = new List<IndicatorActual>();
        foreach (var row in rows)
        {
            string Text(string column) => cells.Text(row, header[column]);
            var path = string.Join("/", new[] { Text(Names.Level1), Text(Names.Level2), Text(Names.Level3) }.Where(l => l.Length > 0));
            var weight = cells.Amount(row, header[Names.Weight]);
            var actual = new IndicatorActual { Path = path, MidYear = Text(Names.MidYear), YearEnd = Text(Names.YearEnd), Weight = weight, Reason = Text(Names.Reason) };
            if (actual is { MidYear.Length: 0, YearEnd.Length: 0, Weight: null, Reason.Length: 0 })
            {
                continue;
            }

            if (!scored.Any(i => i.Path == path || i.Level3 == path))
            {
                throw cells.Error(row, header[Names.Level3], path.Length == 0
                    ? "填了实际值，但没有写指标名称"
                    : $"指标“{path}”不在绩效目标表中（请照模板写一级、二级、三级指标，不要改名）");
            }

            actuals.Add(actual);
        }

        return actuals;
    }

    private static Dictionary<string, decimal> Inputs(FormSheetCells cells)
    {
        var (header, rows) = Block(cells, Names.InputHeading, Names.InputColumns, required: false);
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => cells.Text(r, header[Names.InputName]).Length > 0))
        {
            inputs[cells.Text(row, header[Names.InputName])] = cells.Amount(row, header[Names.InputValue])
                ?? throw cells.Error(row, header[Names.InputValue], "没有填数值");
        }

        return inputs;
    }

    /// <summary>A block: its column header (label → column) under the heading, and its non-empty rows up to the next heading.</summary>
    private static (Dictionary<string, int> Header, List<int> Rows) Block(FormSheetCells cells, string heading, IReadOnlyList<string> columns, bool required)
    {
        var rows = cells.RowNumbers;
        var at = rows.ToList().FindIndex(r => cells.Text(r, 0) == heading);
        if (at < 0)
        {
            return required
                ? throw cells.Error(rows.Count > 0 ? rows[^1] + 1 : 1, 0, $"找不到“{heading}”栏（A 列），请用 deptbudget targets actuals-template 生成的模板")
                : (new Dictionary<string, int>(StringComparer.Ordinal), []);
        }

        var headerRow = rows[at] + 1;
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < 32; c++)
        {
            header.TryAdd(cells.Text(headerRow, c), c);
        }

        foreach (var missing in columns.Where(c => !header.ContainsKey(c)))
        {
            throw cells.Error(headerRow, 0, $"“{heading}”的表头中没有“{missing}”列");
        }

        var headings = new[] { Names.BudgetHeading, Names.IndicatorHeading, Names.InputHeading };
        var body = rows.Where(r => r > headerRow).TakeWhile(r => !headings.Contains(cells.Text(r, 0))).ToList();
        return (header, body);
    }
}
