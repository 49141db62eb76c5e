namespace DeptBudget.Core.Tables.Figures;

/// <summary>Reads printed figures from a set of derived (or read) tables; an empty cell is 0, a missing table, row or column null.</summary>
internal sealed class TableFigures(IReadOnlyList<Table> tables)
{
    private readonly Dictionary<string, Table> byId = tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public Table? Find(string tableId) => byId.GetValueOrDefault(tableId);

    public decimal? Cell(string tableId, string rowKey, string column)
    {
        if (Find(tableId) is not { } table || table.FindRow(rowKey) is not { } row || !table.ValueColumns.Any(c => c.Key == column))
        {
            return null;
        }

        var value = row[column] ?? 0m;
        return table.Unit == TableUnit.Yuan ? Math.Round(value / 10_000m, 2, MidpointRounding.AwayFromZero) : value;
    }

    /// <summary>The name printed in a subtitle such as “部门名称：…” or “单位名称：…”.</summary>
    public string? DepartmentName() => tables.SelectMany(t => t.Subtitles)
        .Select(s => s.Split('：', 2))
        .Where(p => p.Length == 2 && p[0].Trim() is "部门名称" or "单位名称")
        .Select(p => p[1].Trim())
        .FirstOrDefault();
}
