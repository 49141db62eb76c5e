namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Where a table sheet's columns are, found by their headers (so users may reorder columns or add
/// their own, which are ignored with a warning). The header row is the first of the sheet's first ten
/// rows that holds a known header.
/// </summary>
internal sealed class SheetLayout
{
    private const int HeaderSearchRows = 10;
    private readonly Dictionary<string, (int Column, EntryColumn Definition)> byField = new(StringComparer.Ordinal);

    private SheetLayout(string? sheet, int headerRow)
    {
        Sheet = sheet;
        HeaderRow = headerRow;
    }

    public string? Sheet { get; }

    public int HeaderRow { get; }

    /// <summary>A one-cell layout for a row of a form sheet: the value cell is named by the row's label.</summary>
    public static SheetLayout ForCell(string? sheet, int column, string label, string field)
    {
        var layout = new SheetLayout(sheet, 0);
        layout.byField[field] = (column, new EntryColumn(label, field, CellKind.Text, 0));
        return layout;
    }

    public int? ColumnOf(string field) => byField.TryGetValue(field, out var c) ? c.Column : null;

    public SourcePlace Place(int row, string? field) =>
        field is not null && byField.TryGetValue(field, out var c)
            ? new SourcePlace(Sheet, row, c.Column, c.Definition.Header)
            : new SourcePlace(Sheet, row);

    /// <summary>Finds the header row and the columns; reports missing, repeated and unknown headers.</summary>
    public static SheetLayout? Bind(RawSheet sheet, IReadOnlyList<EntryColumn> columns, ImportProblems problems)
    {
        var known = columns.ToDictionary(c => EntryColumn.Normalize(c.Header), StringComparer.Ordinal);
        var header = sheet.Rows.Take(HeaderSearchRows)
            .FirstOrDefault(r => r.Cells.Any(c => known.ContainsKey(EntryColumn.Normalize(c.Text))));
        var expected = string.Join("、", columns.Select(c => c.Header));
        if (header is null)
        {
            problems.Error(new SourcePlace(sheet.Name, 1),
                $"找不到表头。第 1 行应为列名：{expected}。请使用本程序生成的模板（deptbudget template），不要改动表头。");
            return null;
        }

        var layout = new SheetLayout(sheet.Name, header.Number);
        for (var col = 0; col < header.Cells.Length; col++)
        {
            var text = header.Cells[col].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var place = new SourcePlace(sheet.Name, header.Number, col, text);
            if (!known.TryGetValue(EntryColumn.Normalize(text), out var definition))
            {
                problems.Warning(place, "不是本表的列，导入时忽略。");
            }
            else if (!layout.byField.TryAdd(definition.Field, (col, definition)))
            {
                problems.Error(place, $"列“{definition.Header}”出现了两次。请删除多余的一列。");
            }
        }

        foreach (var missing in columns.Where(c => c.Required && !layout.byField.ContainsKey(c.Field)))
        {
            problems.Error(new SourcePlace(sheet.Name, header.Number),
                $"缺少必填列“{missing.Header}”。本表的列应为：{expected}。请补上该列（表头文字须一致）。");
        }

        return layout;
    }
}
