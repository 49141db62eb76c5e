using System.Globalization;
using DeptBudget.Core.Classifications;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Reads one printed table as the standard table <paramref name="template"/> describes (the profile's columns and fixed
/// rows): header rows, columns matched by their labels (<see cref="ColumnMatcher"/>), rows keyed as derived tables key them, cells
/// as exact figures. What does not fit is a <see cref="RecognitionProblem"/>, never a silent 0.
/// </summary>
internal sealed class TableReader(Table template, TableVocabulary vocabulary, ClassificationSet? classifications, List<RecognitionProblem> problems, Dictionary<string, string> unitCodes)
{
    private readonly List<Column> leaves = template.Leaves.ToList();
    private readonly bool byFunction = RowLabels.ByFunction(template.Leaves);
    private readonly HashSet<string> usedKeys = new(StringComparer.Ordinal);
    private int?[] columnOf = [];
    private HashSet<int> read = [];
    private HashSet<int> unread = [];

    public (List<TableRow> Rows, Dictionary<string, SourcePosition> Positions) Read(TableBlock block, int headerRows, decimal scale)
    {
        (columnOf, unread) = new ColumnMatcher(template, vocabulary.Columns, problems).Match(block, headerRows);
        read = columnOf.OfType<int>().ToHashSet();
        var rows = new List<TableRow>();
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        string? currentUnit = null;
        var lines = 0;
        var twoSided = template.IsTwoSided;
        var right = new List<TableRow>();
        var joiner = new RowJoiner(PrintedColumns(), IsKnownLabel, joinWrapped: !twoSided);
        var width = block.Rows.Max(r => r.Cells.Count);
        var shortRows = new List<TableBlockRow>();
        foreach (var printed in joiner.Join(block.Rows.Take(headerRows).ToList(), block.Rows.Skip(headerRows)))
        {
            ReportExtraCells(printed);
            if (printed.Cells.Count < width && printed.Cells.Any(c => CellText.Clean(c).Length > 0))
            {
                shortRows.Add(printed);
            }

            if (twoSided)
            {
                foreach (var side in new[] { TableSide.Left, TableSide.Right })
                {
                    var indexes = Enumerable.Range(0, leaves.Count).Where(i => leaves[i].Side == side).ToList();
                    if (Row(printed, indexes, scale, ref currentUnit, ref lines) is { } row)
                    {
                        // As derived: the left side's rows, then the right side's.
                        (side == TableSide.Left ? rows : right).Add(row with { Side = side });
                        positions[row.Key] = printed.Position;
                    }
                }
            }
            else if (Row(printed, Enumerable.Range(0, leaves.Count).ToList(), scale, ref currentUnit, ref lines) is { } row)
            {
                rows.Add(row);
                positions[row.Key] = printed.Position;
            }
        }

        rows.AddRange(right);
        ReportShortRows(shortRows, width);
        foreach (var row in rows.Where(r => r.CodeKind == RowCodeKind.Unit && r.Code is not null))
        {
            unitCodes.TryAdd(row.Label, row.Code!);
        }

        return (Roles(rows), positions);
    }

    private PrintedColumns PrintedColumns()
    {
        List<int> Printed(Func<Column, bool> kind) => Enumerable.Range(0, leaves.Count).Where(i => kind(leaves[i]) && columnOf[i] is not null).Select(i => columnOf[i]!.Value).ToList();
        return new PrintedColumns(Printed(l => l.Kind == ColumnKind.Label).Cast<int?>().FirstOrDefault(), Printed(l => l.Kind != ColumnKind.Value), Printed(l => l.Kind == ColumnKind.Value));
    }

    /// <summary>Whether a text is a row's own label: a fixed row's, 合计, or the classification name of the printed row's code.</summary>
    private bool IsKnownLabel(TableBlockRow? printed, string text)
    {
        var label = CellText.Label(text);
        if (label.Length == 0)
        {
            return false;
        }

        if (label is "合计" or "总计" or "本年合计" || template.Rows.Any(r => CellText.Label(r.Label) == label) || vocabulary.OldFunctionName(text) is not null)
        {
            return true;
        }

        if (printed is null || classifications is null)
        {
            return false;
        }

        string Cell(int i) => columnOf[i] is { } c && c < printed.Cells.Count ? CellText.Clean(printed.Cells[c]) : "";
        var parts = string.Concat(Enumerable.Range(0, leaves.Count).Where(i => leaves[i].Kind is ColumnKind.CodeClass or ColumnKind.CodeSection or ColumnKind.CodeItem).Select(Cell));
        var codes = Enumerable.Range(0, leaves.Count).Where(i => leaves[i].Kind is ColumnKind.Code or ColumnKind.Text).Select(Cell).Append(parts)
            .Select(CellText.Code).OfType<string>();
        return codes.Select(c => classifications.Functions.NameOf(c) ?? classifications.DepartmentEconomic.NameOf(c) ?? classifications.GovernmentEconomic.NameOf(c))
            .Any(name => name is not null && CellText.Label(name) == label);
    }

    private TableRow? Row(TableBlockRow printed, List<int> indexes, decimal scale, ref string? currentUnit, ref int lines)
    {
        string Cell(int i) => columnOf[i] is { } c && c < printed.Cells.Count ? printed.Cells[c] : "";
        var label = "";
        string? code = null;
        string? classCode = "";
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var hasValue = false;
        foreach (var i in indexes)
        {
            var leaf = leaves[i];
            var text = CellText.Clean(Cell(i));
            switch (leaf.Kind)
            {
                case ColumnKind.Label:
                    label = text;
                    break;
                case ColumnKind.Code:
                    code = text.Length > 0 ? text : null;
                    break;
                case ColumnKind.CodeClass or ColumnKind.CodeSection or ColumnKind.CodeItem:
                    classCode += RowLabels.IsCodeHeading(text) ? "" : text;
                    break;
                case ColumnKind.Text when leaf.TextKey is not null && text.Length > 0:
                    texts[leaf.TextKey] = text;
                    break;
                case ColumnKind.Value when leaf.Key is not null:
                    hasValue |= text.Length > 0;
                    cells[leaf.Key] = Figure(printed, Cell(i), leaf, label, scale);
                    break;
            }
        }

        if (label.Length == 0 && code is null && classCode.Length == 0 && texts.Count == 0 && !hasValue)
        {
            return null;
        }

        if (!hasValue && RowLabels.IsPlaceholder(label, (code ?? "") + classCode))
        {
            return null;
        }

        // “合计” printed in the code column (the label column left blank) is the row's label.
        code ??= classCode.Length > 0 ? classCode : null;
        if (code is not null && CellText.Code(code) is null && label.Length == 0)
        {
            (label, code) = (code, null);
        }

        var row = Key(label, code, texts, ref currentUnit, ref lines, printed, hasValue);
        if (row is null)
        {
            return null;
        }

        foreach (var leaf in leaves.Where(l => l.Kind == ColumnKind.Value && l.Key is not null && !cells.ContainsKey(l.Key!)))
        {
            cells[leaf.Key!] = null;
        }

        return row with { Cells = cells, Texts = texts };
    }

    private decimal? Figure(TableBlockRow printed, string text, Column leaf, string label, decimal scale)
    {
        if (CellText.TryFigure(text, out var value))
        {
            return value is { } v ? decimal.Round(v * scale, 2) : null;
        }

        problems.Add(new RecognitionProblem($"《{template.Title}》“{label}”行“{leaf.Label}”列不是数字：“{text.Trim()}”。", printed.Position)
        {
            TableId = template.Id,
            TableTitle = template.Title,
            RowLabel = label,
            ColumnLabel = leaf.Label,
            Source = text,
        });
        return null;
    }

    private TableRow? Key(string label, string? code, Dictionary<string, string> texts, ref string? currentUnit, ref int lines, TableBlockRow printed, bool hasValue)
    {
        var id = template.Id;
        TableRow Make(string key, RowCodeKind kind = RowCodeKind.None, string? rowCode = null, int level = 0, RowRole role = RowRole.Detail) =>
            new() { Key = Unique(key), Label = label, Code = rowCode, CodeKind = kind, Level = level, Role = role, Cells = new Dictionary<string, decimal?>() };

        var normalized = CellText.Label(label);
        if (template.Rows.FirstOrDefault(r => RowLabels.Same(r.Label, label) && !usedKeys.Contains(r.Key)) is { } fixedRow)
        {
            usedKeys.Add(fixedRow.Key);
            if (fixedRow.CodeKind == RowCodeKind.Function && fixedRow.Code is { } classCode)
            {
                CheckFunctionName(classCode, label, printed);
            }

            return fixedRow with { Label = label, Cells = new Dictionary<string, decimal?>() };
        }

        if (code is null && normalized is "合计" or "总计" or "本年合计")
        {
            return Make("total", role: RowRole.Total);
        }

        // A table printed without a label column (the henan “三公” table) has its fixed rows in order.
        if (!leaves.Any(l => l.Kind is ColumnKind.Label or ColumnKind.Code) && template.Rows.FirstOrDefault(r => !usedKeys.Contains(r.Key)) is { } next)
        {
            usedKeys.Add(next.Key);
            return next with { Cells = new Dictionary<string, decimal?>() };
        }

        // A first row of figures with no label at all is the table's total (as printed in some 项目支出表).
        if (label.Length == 0 && code is null && texts.Count == 0 && hasValue && !usedKeys.Contains("total"))
        {
            problems.Add(new RecognitionProblem($"《{template.Title}》第 {printed.Position.Line} 行没有行名，按“合计”行读入。", printed.Position)
            {
                TableId = template.Id,
                TableTitle = template.Title,
                Source = string.Join(" | ", printed.Cells),
                IsNotice = true,
            });
            return Make("total", role: RowRole.Total);
        }

        var digits = code is null ? null : CellText.Code(code);
        if (texts.TryGetValue("unitCode", out var unitCode) && CellText.Code(unitCode) is { } unit && digits is null)
        {
            return Make($"unit:{unit}", RowCodeKind.Unit, unit, 1, RowRole.Subtotal);
        }

        if (code is null && id == StandardTables.Projects && CellText.Code(label) is { } projectUnit)
        {
            return Make($"unit:{projectUnit}", RowCodeKind.Unit, projectUnit, 1, RowRole.Subtotal);
        }

        switch (id)
        {
            case StandardTables.ExpenditureSummary or StandardTables.GeneralBudgetExpenditure or StandardTables.GovernmentFund or StandardTables.StateCapital or StandardTables.IncomeSummary
                when digits is { Length: 3 or 5 or 7 } && (id != StandardTables.IncomeSummary || byFunction):
                CheckFunctionName(digits, label, printed);
                return Make($"f:{digits}", RowCodeKind.Function, digits, digits.Length switch { 3 => 1, 5 => 2, _ => 3 });
            case StandardTables.IncomeSummary when digits is not null:
                return Make($"unit:{digits}", RowCodeKind.Unit, digits, digits.Length <= 3 ? 1 : 2, digits.Length <= 3 ? RowRole.Subtotal : RowRole.Detail);
            case StandardTables.GeneralBudgetBasic when digits is not null:
                var gov = texts.TryGetValue("govCode", out var g) ? CellText.Code(g) : null;
                return Make(gov is null ? $"e:{digits}" : $"e:{digits}|{gov}", RowCodeKind.Economic, digits, digits.Length <= 3 ? 1 : 2);
            case StandardTables.EconomicSummary when digits is not null:
                return Make($"g:{digits}", RowCodeKind.Economic, digits, digits.Length <= 3 ? 1 : 2);
            case StandardTables.Projects or StandardTables.Procurement when digits is { Length: <= 9 }:
                currentUnit = digits;
                lines = 0;
                return Make($"unit:{digits}", RowCodeKind.Unit, digits, 1, RowRole.Subtotal);
            case StandardTables.Projects when digits is not null:
                return Make($"p:{digits}", RowCodeKind.Project, digits, 2);
            case StandardTables.Projects when IsUnitHeading(label, texts):
            case StandardTables.Procurement when !texts.ContainsKey("item") && label.Length > 0:
                // A unit's (or the department's) subtotal printed by its name only: its code comes from the document's other tables.
                currentUnit = unitCodes.GetValueOrDefault(label, label);
                lines = 0;
                return Make($"unit:{currentUnit}", RowCodeKind.Unit, unitCodes.GetValueOrDefault(label), 1, RowRole.Subtotal);
            case StandardTables.Projects when label.Length > 0:
                return Make($"p:{label}", RowCodeKind.Project, null, 2);
            case StandardTables.Procurement when label.Length > 0:
                lines++;
                return Make(currentUnit is null ? $"line:{lines}" : $"unit:{currentUnit}/line:{lines}", RowCodeKind.ProcurementItem, code, 2);
        }

        if (vocabulary.OldFunctionName(label) is { } old && template.Rows.FirstOrDefault(r => r.Key == $"f:{old.Code}") is { } classRow)
        {
            var current = classifications?.Functions.NameOf(old.Code) ?? classRow.Label;
            problems.Add(new RecognitionProblem($"《{template.Title}》“{label}”行：不是本年度支出功能分类的类名，{old.Code} 类应为“{current}”（{old.Note}）。", printed.Position)
            {
                TableId = template.Id,
                TableTitle = template.Title,
                RowLabel = label,
                Source = label,
                RuleId = "document-function-label",
            });

            // An old name printed beside the current one (both rows in the table) keeps the key for the row with figures.
            return hasValue && usedKeys.Add(classRow.Key) ? classRow with { Label = label, Cells = new Dictionary<string, decimal?>() } : null;
        }

        if (label.Length > 0 || hasValue)
        {
            problems.Add(new RecognitionProblem($"《{template.Title}》第 {printed.Position.Line} 行“{label}”不是此表的行，未读入{(hasValue ? "（该行有数字）" : "")}。", printed.Position)
            {
                TableId = template.Id,
                TableTitle = template.Title,
                RowLabel = label,
                Source = string.Join(" | ", printed.Cells),
            });
        }

        return null;
    }

    private void CheckFunctionName(string code, string label, TableBlockRow printed)
    {
        if (classifications?.Functions.NameOf(code) is { } name && CellText.Label(name) != CellText.Label(label) && label.Length > 0)
        {
            problems.Add(new RecognitionProblem($"《{template.Title}》科目 {code} 的名称“{label}”与本年度支出功能分类“{name}”不符。", printed.Position)
            {
                TableId = template.Id,
                TableTitle = template.Title,
                RowLabel = label,
                Source = label,
                RuleId = "document-function-label",
            });
        }
    }

    /// <summary>A projects-table row without a 类型 that names a unit the other tables print, or names itself as its 项目单位.</summary>
    private bool IsUnitHeading(string label, Dictionary<string, string> texts) =>
        label.Length > 0
        && !texts.ContainsKey("category")
        && (unitCodes.ContainsKey(label) || (texts.TryGetValue("unitName", out var unit) && unit == label));

    private string Unique(string key)
    {
        var unique = key;
        for (var n = 2; !usedKeys.Add(unique); n++)
        {
            unique = $"{key}#{n}";
        }

        return unique;
    }

    /// <summary>
    /// Rows with fewer cells than the table's widest: their missing cells are read as empty, which is right when a copy
    /// dropped trailing blanks and wrong when a cell in the middle was lost — so it is said, once per table.
    /// </summary>
    private void ReportShortRows(List<TableBlockRow> shortRows, int width)
    {
        if (shortRows.Count == 0)
        {
            return;
        }

        var lines = string.Join("、", shortRows.Take(10).Select(r => r.Position.Line.ToString(CultureInfo.InvariantCulture)));
        var more = shortRows.Count > 10 ? $"等 {shortRows.Count} 行" : "";
        problems.Add(new RecognitionProblem($"《{template.Title}》第 {lines} 行{more}的格数少于表头的 {width} 列，缺的格按空读入；若这些行的数字因此错了列，请核对原表。", shortRows[0].Position)
        {
            TableId = template.Id,
            TableTitle = template.Title,
            RowLabel = shortRows[0].Cells.FirstOrDefault(c => c.Trim().Length > 0),
            Source = string.Join(" | ", shortRows[0].Cells),
            IsNotice = true,
        });
    }

    private void ReportExtraCells(TableBlockRow printed)
    {
        for (var i = 0; i < printed.Cells.Count; i++)
        {
            if (!read.Contains(i) && !unread.Contains(i) && CellText.Clean(printed.Cells[i]).Length > 0)
            {
                problems.Add(new RecognitionProblem($"《{template.Title}》第 {printed.Position.Line} 行第 {i + 1} 格“{printed.Cells[i].Trim()}”在表头各列之外，未读入。", printed.Position)
                {
                    TableId = template.Id,
                    TableTitle = template.Title,
                    RowLabel = printed.Cells.FirstOrDefault(c => c.Trim().Length > 0),
                    Source = printed.Cells[i],
                });
            }
        }
    }

    /// <summary>A function or economic row with rows under it is a subtotal, as derived tables mark it.</summary>
    private static List<TableRow> Roles(List<TableRow> rows) => rows.Select(r =>
        r.Code is { } code && r.CodeKind is RowCodeKind.Function or RowCodeKind.Economic && r.Role == RowRole.Detail
            && rows.Any(o => o.CodeKind == r.CodeKind && o.Code is { } other && other.Length > code.Length && other.StartsWith(code, StringComparison.Ordinal))
            ? r with { Role = RowRole.Subtotal }
            : r).ToList();
}
