using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>Where each row object stands in a table; a list only for an object that stands more than once.</summary>
internal sealed class RowPositions
{
    private readonly Dictionary<TableRow, int> first = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TableRow, List<int>> more = new(ReferenceEqualityComparer.Instance);

    public RowPositions(TableRow[] rows)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            if (first.TryAdd(rows[i], i))
            {
                continue;
            }

            if (!more.TryGetValue(rows[i], out var list))
            {
                more[rows[i]] = list = [];
            }

            list.Add(i);
        }
    }

    public int[] Of(TableRow row) => !first.TryGetValue(row, out var at) ? [] : more.TryGetValue(row, out var list) ? [at, .. list] : [at];
}
