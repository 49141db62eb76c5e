using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>
/// [table|rows|column] or sum[…], with the table (unless @), the selector and the column (unless @) resolved when
/// the rule is compiled. Rows a selector picks without @ or children are computed once per table.
/// </summary>
internal sealed class CellExpr(TableIndex? table, RowSelector selector, string rowText, string? column, bool isSum) : Expr
{
    private readonly bool at = selector.Terms.Any(t => t.Name == "@");
    private readonly bool children = selector.Terms.Any(t => t.Name == "children");
    private readonly bool filtered = selector.Terms.Any(t => t.Name is not ("@" or "children"));
    private TableIndex? lastTable;
    private decimal[]? lastColumn;

    public override Val Value(in Scope scope)
    {
        var t = table ?? scope.Table!;
        var values = column is null
            ? (ReferenceEquals(t, scope.Table) ? scope.ColumnValues! : t.Column(scope.ColumnKey!))
            : FixedColumn(t);
        var key = column ?? scope.ColumnKey;
        if (selector.Key is { } rowKey)
        {
            var index = t.Find(rowKey);
            return isSum
                ? new Val(index < 0 ? 0m : values[index], index < 0 ? 0 : 1, null, -1, null, null)
                : new Val(index < 0 ? 0m : values[index], 1, t, index, key, rowText);
        }

        // The current row itself: the first place of the same row object would give the same figure and location.
        if (!isSum && at && !children && !filtered && ReferenceEquals(t, scope.Table))
        {
            return new Val(values[scope.Row], 1, t, scope.Row, key, rowText);
        }

        var rows = Rows(t, scope);
        if (isSum)
        {
            var sum = 0m;
            foreach (var i in rows)
            {
                sum += values[i];
            }

            return new Val(sum, rows.Length, null, -1, null, null);
        }

        return rows.Length == 0
            ? new Val(0m, 1, t, -1, key, rowText)
            : new Val(values[rows[0]], 1, t, rows[0], key, rowText);
    }

    /// <summary>How many rows the selector picks (count()).</summary>
    public int Count(in Scope scope)
    {
        var t = table ?? scope.Table!;
        return selector.Key is { } rowKey ? (t.Find(rowKey) < 0 ? 0 : 1) : Rows(t, scope).Length;
    }

    private int[] Rows(TableIndex t, in Scope scope)
    {
        if (!at && !children)
        {
            return t.Select(selector, rowText);
        }

        if (scope.RowObject is not { } current)
        {
            return [];
        }

        // "@" in another table is the row of the same key there.
        if (!ReferenceEquals(t, scope.Table) && !children)
        {
            var same = t.Find(current.Key);
            return same < 0 || (filtered && !t.Mask(selector, rowText)[same]) ? [] : [same];
        }

        var picked = children ? t.ChildrenOf(current) : t.PositionsOf(current);
        if (children && at)
        {
            var here = t.PositionsOf(current);
            picked = [.. picked.Where(i => here.Contains(i))];
        }

        if (!filtered)
        {
            return picked;
        }

        var mask = t.Mask(selector, rowText);
        return [.. picked.Where(i => mask[i])];
    }

    private decimal[] FixedColumn(TableIndex t)
    {
        if (!ReferenceEquals(t, lastTable))
        {
            lastColumn = t.Column(column!);
            lastTable = t;
        }

        return lastColumn!;
    }
}
