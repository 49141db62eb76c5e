using DeptBudget.Core.Tables;

namespace DeptBudget.Bench.Checks;

/// <summary>
/// One value cell of a derived table, as the SQL side holds it: the row's place and structure, the column and the
/// figure in hundredths (of 万元, or of a percent point for the key figures' changePct and share); null for an empty
/// cell, which the rules read as 0 except in isBlank.
/// </summary>
public readonly record struct CellRow(
    string TableId, string RowKey, int RowOrd, string? ParentKey, int Level, string? Code, string CodeKind, string Role, string ColumnKey, long? Value);

/// <summary>A failing cell: the left-hand side of a comparison that does not hold.</summary>
public readonly record struct FailingCell(string Table, string Row, string Column)
{
    public override string ToString() => $"[{Table}|{Row}|{Column}]";
}

/// <summary>Flattens derived tables into the long table the SQL engines load.</summary>
public static class CellRows
{
    public static CellRow[] Of(IReadOnlyList<Table> tables)
    {
        var cells = new List<CellRow>(tables.Sum(t => t.Rows.Count * t.ValueColumns.Count()));
        foreach (var table in tables.DistinctBy(t => t.Id))
        {
            var columns = table.ValueColumns.Select(c => c.Key!).Distinct().ToArray();
            var parents = Parents(table.Rows);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                foreach (var column in columns)
                {
                    cells.Add(new CellRow(
                        table.Id, row.Key, r, parents[r], row.Level, row.Code, Lower(row.CodeKind.ToString()), Lower(row.Role.ToString()), column,
                        row[column] is { } value ? Hundredths(value, table, row, column) : null));
                }
            }
        }

        return [.. cells];
    }

    /// <summary>Each row's parent: the nearest row above it with a lower level (null for none).</summary>
    public static string?[] Parents(IReadOnlyList<TableRow> rows)
    {
        var parents = new string?[rows.Count];
        var open = new Stack<TableRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            while (open.Count > 0 && open.Peek().Level >= rows[i].Level)
            {
                open.Pop();
            }

            parents[i] = open.Count == 0 ? null : open.Peek().Key;
            open.Push(rows[i]);
        }

        return parents;
    }

    private static long Hundredths(decimal value, Table table, TableRow row, string column)
    {
        var scaled = value * 100m;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw new InvalidOperationException($"[{table.Id}|{row.Key}|{column}] = {value} has more than two decimals; the SQL side holds hundredths");
    }

    private static string Lower(string name) => name.ToLowerInvariant();
}
