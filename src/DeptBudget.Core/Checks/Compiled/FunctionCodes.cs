using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>
/// A table's function-classification rows sorted by code, so that the rows under a code (those whose code starts
/// with it) are one run found by binary search instead of a scan of the table.
/// </summary>
internal sealed class FunctionCodes
{
    private readonly string[] codes;
    private readonly int[] rows;
    private readonly TableRow[] table;

    public FunctionCodes(TableRow[] table)
    {
        this.table = table;
        var coded = new List<(string Code, int Row)>();
        for (var i = 0; i < table.Length; i++)
        {
            if (table[i] is { CodeKind: RowCodeKind.Function, Code: { } code })
            {
                coded.Add((code, i));
            }
        }

        coded.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code) is var c and not 0 ? c : a.Row.CompareTo(b.Row));
        codes = [.. coded.Select(c => c.Code)];
        rows = [.. coded.Select(c => c.Row)];
    }

    /// <summary>Function rows whose code has this length, in table order.</summary>
    public int[] OfLength(int length)
    {
        var picked = new List<int>();
        for (var i = 0; i < table.Length; i++)
        {
            if (table[i].CodeKind == RowCodeKind.Function && table[i].Code?.Length == length)
            {
                picked.Add(i);
            }
        }

        return [.. picked];
    }

    /// <summary>The function rows with a longer code starting with <paramref name="code"/>, of the shortest such length, in table order.</summary>
    public int[] Below(string code)
    {
        var start = LowerBound(code);
        var shortest = int.MaxValue;
        var end = start;
        for (; end < codes.Length && codes[end].StartsWith(code, StringComparison.Ordinal); end++)
        {
            if (codes[end].Length > code.Length)
            {
                shortest = Math.Min(shortest, codes[end].Length);
            }
        }

        var picked = new List<int>();
        for (var i = start; i < end; i++)
        {
            if (codes[i].Length == shortest)
            {
                picked.Add(rows[i]);
            }
        }

        picked.Sort();
        return [.. picked];
    }

    private int LowerBound(string code)
    {
        int low = 0, high = codes.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(codes[middle], code) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
