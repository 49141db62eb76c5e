using System.Collections.Concurrent;
using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>
/// A table prepared for many rules at once: rows by key, each column as an array of figures, the rows of each
/// selector and the children of each row, each computed once on first use. Safe to share between threads.
/// </summary>
internal sealed class TableIndex
{
    /// <summary>Keys looked up in the first rows by a scan (合计 and the fixed rows come first), beyond them in a dictionary.</summary>
    private const int ScannedRows = 32;

    private readonly ConcurrentDictionary<string, decimal[]> columns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]> selections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool[]> masks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TableRow, int[]> children = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<FunctionCodes> functions;
    private readonly Lazy<Dictionary<string, int>> byKey;
    private readonly Lazy<RowPositions> positions;

    public TableIndex(Table table)
    {
        Table = table;
        Rows = table.Rows as TableRow[] ?? [.. table.Rows];
        Top = RowSelector.TopLength(Rows);
        functions = new Lazy<FunctionCodes>(() => new FunctionCodes(Rows));
        byKey = new Lazy<Dictionary<string, int>>(() =>
        {
            var keys = new Dictionary<string, int>(Rows.Length, StringComparer.Ordinal);
            for (var i = 0; i < Rows.Length; i++)
            {
                keys.TryAdd(Rows[i].Key, i);
            }

            return keys;
        });
        positions = new Lazy<RowPositions>(() => new RowPositions(Rows));
    }

    public Table Table { get; }

    public TableRow[] Rows { get; }

    /// <summary>The code length of the highest printed function rows (0 when there are none).</summary>
    public int Top { get; }

    /// <summary>The first row with the key, or −1.</summary>
    public int Find(string key)
    {
        for (var i = 0; i < Math.Min(ScannedRows, Rows.Length); i++)
        {
            if (Rows[i].Key == key)
            {
                return i;
            }
        }

        return Rows.Length > ScannedRows && byKey.Value.TryGetValue(key, out var index) ? index : -1;
    }

    /// <summary>Where this row object stands in the table (usually once; never for a row of another table).</summary>
    public int[] PositionsOf(TableRow row) => positions.Value.Of(row);

    /// <summary>The column's figures by row; an empty cell is 0, as every rule reads it.</summary>
    public decimal[] Column(string key) => columns.GetOrAdd(key, k =>
    {
        var values = new decimal[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            values[i] = Rows[i][k] ?? 0m;
        }

        return values;
    });

    /// <summary>The rows, in table order, that a selector without @ or children picks.</summary>
    public int[] Select(RowSelector selector, string text) => selections.GetOrAdd(text, _ =>
    {
        var mask = Mask(selector, text);
        var picked = new List<int>();
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i])
            {
                picked.Add(i);
            }
        }

        return [.. picked];
    });

    /// <summary>For each row, whether every term of the selector other than @ and children holds.</summary>
    public bool[] Mask(RowSelector selector, string text) => masks.GetOrAdd(text, _ =>
    {
        var terms = selector.Terms.Where(t => t.Name is not ("@" or "children")).ToArray();
        var mask = new bool[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            var holds = true;
            foreach (var (name, value) in terms)
            {
                if (!RowSelector.Holds(name, value, Rows[i], null, Top, []))
                {
                    holds = false;
                    break;
                }
            }

            mask[i] = holds;
        }

        return mask;
    });

    /// <summary>The rows one printed level below <paramref name="current"/>, in table order, as the interpreter picks them.</summary>
    public int[] ChildrenOf(TableRow current) => children.GetOrAdd(current, FindChildren);

    private int[] FindChildren(TableRow current)
    {
        if (current.CodeKind != RowCodeKind.Function && !(current.Role == RowRole.Total && Top > 0))
        {
            return Block(current);
        }

        return current.Role == RowRole.Total ? functions.Value.OfLength(Top) : functions.Value.Below(current.Code ?? "");
    }

    /// <summary>The rows after the row's first place, up to the next row of its level or above, of their smallest level.</summary>
    private int[] Block(TableRow current)
    {
        var at = PositionsOf(current);
        if (at.Length == 0)
        {
            return [];
        }

        var end = at[0] + 1;
        var level = int.MaxValue;
        while (end < Rows.Length && Rows[end].Level > current.Level)
        {
            level = Math.Min(level, Rows[end].Level);
            end++;
        }

        var picked = new List<int>();
        for (var i = at[0] + 1; i < end; i++)
        {
            if (Rows[i].Level == level)
            {
                picked.Add(i);
            }
        }

        return [.. picked];
    }
}
