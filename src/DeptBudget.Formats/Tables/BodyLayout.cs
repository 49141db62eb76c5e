using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>
/// The body lines of a table as every renderer prints them. A one-sided table prints one line per row. A two-sided
/// table (收入 | 支出) pairs its left and right rows by position, padding the shorter side with blanks, and lines up
/// the rows with role Footer or Total of both sides at the bottom.
/// </summary>
public static class BodyLayout
{
    public static IReadOnlyList<BodyLine> Build(Table table)
    {
        var leaves = table.Leaves.ToList();
        if (!table.IsTwoSided)
        {
            return table.Rows.Select(row => Line(leaves, row, row)).ToList();
        }

        var left = table.Rows.Where(r => r.Side != TableSide.Right).ToList();
        var right = table.Rows.Where(r => r.Side == TableSide.Right).ToList();
        var lines = new List<BodyLine>();
        foreach (var (l, r) in Pair(Body(left), Body(right), alignBottom: false))
        {
            lines.Add(Line(leaves, l, r));
        }

        foreach (var (l, r) in Pair(Bottom(left), Bottom(right), alignBottom: true))
        {
            lines.Add(Line(leaves, l, r));
        }

        return lines;
    }

    /// <summary>The text a non-value column prints for a row.</summary>
    public static string TextOf(Column column, TableRow row) => column.Kind switch
    {
        ColumnKind.Value => string.Empty,
        ColumnKind.Label => row.Label,
        ColumnKind.Code => row.Code ?? string.Empty,
        ColumnKind.CodeClass => FunctionCodePart(row, 0, 3),
        ColumnKind.CodeSection => FunctionCodePart(row, 3, 2),
        ColumnKind.CodeItem => FunctionCodePart(row, 5, 2),
        ColumnKind.Text => column.TextKey is { } key && row.Texts.TryGetValue(key, out var text) ? text : string.Empty,
    };

    private static bool IsBottom(TableRow row) => row.Role is RowRole.Footer or RowRole.Total;

    private static List<TableRow> Body(List<TableRow> rows) => rows.Where(r => !IsBottom(r)).ToList();

    private static List<TableRow> Bottom(List<TableRow> rows) => rows.Where(IsBottom).ToList();

    private static IEnumerable<(TableRow? Left, TableRow? Right)> Pair(
        List<TableRow> left, List<TableRow> right, bool alignBottom)
    {
        var count = Math.Max(left.Count, right.Count);
        var leftShift = alignBottom ? count - left.Count : 0;
        var rightShift = alignBottom ? count - right.Count : 0;
        for (var i = 0; i < count; i++)
        {
            yield return (At(left, i - leftShift), At(right, i - rightShift));
        }
    }

    private static TableRow? At(List<TableRow> rows, int index) =>
        index >= 0 && index < rows.Count ? rows[index] : null;

    private static BodyLine Line(List<Column> leaves, TableRow? left, TableRow? right) =>
        new(leaves.Select(leaf => Cell(leaf, leaf.Side == TableSide.Right ? right : left)).ToList());

    private static BodyCell Cell(Column leaf, TableRow? row)
    {
        if (row is null)
        {
            return new BodyCell(leaf, null, string.Empty, null);
        }

        return leaf.Kind == ColumnKind.Value
            ? new BodyCell(leaf, row, string.Empty, leaf.Key is { } key ? row[key] : null)
            : new BodyCell(leaf, row, TextOf(leaf, row), null);
    }

    /// <summary>Only function codes are split into 类/款/项 columns; a unit row's code belongs in its own column.</summary>
    private static string FunctionCodePart(TableRow row, int start, int length) =>
        row.CodeKind == RowCodeKind.Function && row.Code is { } code && code.Length >= start + length ? code.Substring(start, length) : string.Empty;
}
