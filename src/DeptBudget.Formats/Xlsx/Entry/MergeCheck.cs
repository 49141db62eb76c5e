namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Merged cells below the header hide values from every row but the first; they are refused with the
/// range named, and the rows they cover are not read further.
/// </summary>
internal static class MergeCheck
{
    /// <summary>Reports each merged range below the header; returns whether a row lies in one.</summary>
    public static Func<int, bool> Report(RawSheet sheet, SheetLayout layout, ImportProblems problems)
    {
        var rows = new List<(int First, int Last)>();
        foreach (var range in sheet.Merges.Where(m => m.LastRow > layout.HeaderRow))
        {
            var first = Math.Max(range.FirstRow, layout.HeaderRow + 1);
            var place = new SourcePlace(sheet.Name, first, range.FirstColumn, HeaderAt(sheet, layout, range.FirstColumn));
            problems.Error(place,
                $"单元格 {range.A1} 是合并单元格。导入需要每一行都有自己的值：请取消合并，并在每一行填写各自的值。");
            rows.Add((first, range.LastRow));
        }

        return row => rows.Count > 0 && rows.Exists(r => row >= r.First && row <= r.Last);
    }

    private static string? HeaderAt(RawSheet sheet, SheetLayout layout, int column)
    {
        var header = sheet.Rows.FirstOrDefault(r => r.Number == layout.HeaderRow);
        var text = header?[column]?.Text.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
