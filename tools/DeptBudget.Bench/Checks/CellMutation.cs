using DeptBudget.Core.Tables;

namespace DeptBudget.Bench.Checks;

/// <summary>Changes a number of randomly chosen value cells (seeded), so that the checks have something to find.</summary>
public static class CellMutation
{
    /// <summary>
    /// The tables with <paramref name="count"/> distinct cells changed by ±0.01 to ±99.99, and the cells changed; only
    /// in the tables <paramref name="among"/> picks (every table, the key figures included, by default). An empty cell
    /// becomes the change.
    /// </summary>
    public static (IReadOnlyList<Table> Tables, IReadOnlyList<FailingCell> Changed) Apply(IReadOnlyList<Table> tables, int count, int seed, Func<Table, bool>? among = null)
    {
        var random = new Random(seed);
        var candidates = tables.Select((t, i) => (Table: t, Index: i))
            .Where(c => c.Table.Rows.Count > 0 && c.Table.ValueColumns.Any() && (among?.Invoke(c.Table) ?? true)).Select(c => c.Index).ToArray();
        var changes = new Dictionary<(int Table, int Row), Dictionary<string, decimal?>>();
        var changed = new List<FailingCell>();
        while (changed.Count < count)
        {
            var t = candidates[random.Next(candidates.Length)];
            var table = tables[t];
            var r = random.Next(table.Rows.Count);
            var columns = table.ValueColumns.Select(c => c.Key!).Distinct().ToArray();
            var column = columns[random.Next(columns.Length)];
            var row = table.Rows[r];
            var cell = new FailingCell(table.Id, row.Key, column);
            if (changed.Contains(cell))
            {
                continue;
            }

            if (!changes.TryGetValue((t, r), out var cells))
            {
                changes[(t, r)] = cells = new Dictionary<string, decimal?>(row.Cells, StringComparer.Ordinal);
            }

            var delta = random.Next(1, 10_000) / 100m * (random.Next(2) == 0 ? -1 : 1);
            cells[column] = (cells.GetValueOrDefault(column) ?? 0m) + delta;
            changed.Add(cell);
        }

        var result = tables.ToArray();
        foreach (var group in changes.GroupBy(c => c.Key.Table))
        {
            var rows = tables[group.Key].Rows.ToArray();
            foreach (var ((_, r), cells) in group)
            {
                rows[r] = rows[r] with { Cells = cells };
            }

            result[group.Key] = tables[group.Key] with { Rows = rows };
        }

        return (result, changed);
    }
}
