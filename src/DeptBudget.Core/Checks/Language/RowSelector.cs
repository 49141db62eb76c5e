using System.Globalization;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Language;

/// <summary>
/// The row part of a cell reference: a row key ("total", "f:201", "e:30101|50101"), or filters joined by commas
/// that all must hold: @ (the current row), * (every row), fn (function rows), fn=3|5|7 (function rows of that code
/// length), unit (department and unit rows), level=N, level&lt;N, role=detail|subtotal|total|footer|heading, prefix=CODE,
/// code=CODE, label=TEXT, children (the rows one printed level below the current row), top (the function rows of the
/// highest printed level).
/// </summary>
public sealed class RowSelector
{
    private readonly IReadOnlyList<(string Name, string? Value)> terms;

    private RowSelector(IReadOnlyList<(string, string?)> terms, string? key)
    {
        this.terms = terms;
        Key = key;
    }

    /// <summary>Set when the selector is one row key.</summary>
    public string? Key { get; }

    /// <summary>The filters joined by commas (empty for a row key).</summary>
    internal IReadOnlyList<(string Name, string? Value)> Terms => terms;

    /// <summary>True when the selector needs a current row (@ or children).</summary>
    public bool NeedsCurrentRow => terms.Any(t => t.Name is "@" or "children");

    public static RowSelector Parse(RefPart part)
    {
        var texts = part.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (texts.Length == 1 && IsKey(texts[0]))
        {
            return new RowSelector([], texts[0]);
        }

        var terms = new List<(string, string?)>();
        foreach (var text in texts)
        {
            var at = text.IndexOfAny(['=', '<']);
            var (name, value) = at < 0 ? (text, null) : (text[..at] + (text[at] == '<' ? "<" : ""), text[(at + 1)..]);
            var valid = name switch
            {
                "fn" => value is null || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
                "@" or "*" or "children" or "top" or "unit" => value is null,
                "level" or "level<" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
                "role" => Enum.TryParse<RowRole>(value, ignoreCase: true, out _),
                "prefix" or "code" or "label" => !string.IsNullOrEmpty(value),
                _ => false,
            };
            if (!valid)
            {
                throw new RuleException($"行的写法“{text}”不认识；可写行键（如 total、f:201），或 @、*、fn、fn=3、level=1、role=subtotal、prefix=201、code=201、label=名称、children、top，用逗号连接。", part.Position);
            }

            terms.Add((name, value));
        }

        return new RowSelector(terms, null);
    }

    /// <summary>The rows of a table the selector picks, given the current row of a forEach (if any).</summary>
    public IEnumerable<TableRow> Select(Table table, TableRow? current)
    {
        if (Key is not null)
        {
            return table.FindRow(Key) is { } row ? [row] : [];
        }

        var top = TopLength(table.Rows);
        var children = current is not null && terms.Any(t => t.Name == "children") ? Children(current, table, top) : [];
        return table.Rows.Where(row => terms.All(t => Holds(t.Name, t.Value, row, current, top, children)));
    }

    private static bool IsKey(string text) => !text.Contains('=') && !text.Contains('<')
        && text is not ("@" or "*" or "fn" or "children" or "top" or "unit");

    internal static bool Holds(string name, string? value, TableRow row, TableRow? current, int top, HashSet<TableRow> children) => name switch
    {
        "@" => ReferenceEquals(row, current),
        "*" => true,
        "fn" when value is null => row.CodeKind == RowCodeKind.Function,
        "fn" => row.CodeKind == RowCodeKind.Function && row.Code?.Length == Int(value),
        "unit" => row.CodeKind == RowCodeKind.Unit,
        "level" => row.Level == Int(value),
        "level<" => row.Level < Int(value),
        "role" => string.Equals(row.Role.ToString(), value, StringComparison.OrdinalIgnoreCase),
        "prefix" => row.Code?.StartsWith(value!, StringComparison.Ordinal) == true,
        "code" => row.Code == value,
        "label" => row.Label.Trim() == value,
        "children" => children.Contains(row),
        "top" => row.CodeKind == RowCodeKind.Function && row.Code!.Length == top,
        _ => false,
    };

    private static int Int(string? value) => int.Parse(value!, CultureInfo.InvariantCulture);

    /// <summary>
    /// Function rows one printed level below: under a 类 the 款 (or the 项 where 款 are not printed); under 合计 the top
    /// rows. Under any other row (合计 of a table without function rows, a department or unit): the rows printed after
    /// it, up to the next row of its level or above, that have the smallest level among them.
    /// </summary>
    internal static HashSet<TableRow> Children(TableRow current, Table table, int top)
    {
        IEnumerable<TableRow> rows;
        if (current.CodeKind != RowCodeKind.Function && !(current.Role == RowRole.Total && top > 0))
        {
            var block = table.Rows.SkipWhile(r => !ReferenceEquals(r, current)).Skip(1).TakeWhile(r => r.Level > current.Level).ToList();
            var level = block.Count == 0 ? 0 : block.Min(b => b.Level);
            rows = block.Where(r => r.Level == level);
        }
        else if (current.Role == RowRole.Total)
        {
            rows = table.Rows.Where(r => r.CodeKind == RowCodeKind.Function && r.Code?.Length == top);
        }
        else
        {
            var code = current.Code ?? "";
            var below = table.Rows.Where(r => r.CodeKind == RowCodeKind.Function && r.Code is not null
                && r.Code.Length > code.Length && r.Code.StartsWith(code, StringComparison.Ordinal)).ToList();
            var length = below.Count == 0 ? 0 : below.Min(b => b.Code!.Length);
            rows = below.Where(r => r.Code!.Length == length);
        }

        return rows.ToHashSet(ReferenceEqualityComparer.Instance as IEqualityComparer<TableRow>);
    }

    internal static int TopLength(IReadOnlyList<TableRow> rows) =>
        rows.Where(r => r.CodeKind == RowCodeKind.Function && r.Code is not null).Select(r => r.Code!.Length).DefaultIfEmpty(0).Min();
}
