using System.Globalization;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks;

/// <summary>
/// One finding for a column printed blank: when a rule fails on every row of a table in which a value column it names
/// is empty while the column's neighbours have figures, its findings there are one problem, not one per row. The
/// grouped finding names the blank column and the number of rows; the per-row findings are its <see cref="Finding.Parts"/>.
/// </summary>
public static class BlankColumnFindings
{
    /// <summary>Fewer failing rows than this stay separate findings.</summary>
    private const int MinRows = 3;

    public static IReadOnlyList<Finding> Group(IReadOnlyList<Finding> findings, IReadOnlyList<Table> tables, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(rules);
        var rulesById = rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var replaced = new Dictionary<Finding, Finding?>(ReferenceEqualityComparer.Instance);
        var groups = findings
            .Where(f => f.Location is { TableId: not null, RowKey: not null, ColumnKey: not null })
            .GroupBy(f => (f.RuleId, f.Location.TableId, f.Location.ColumnKey));
        foreach (var group in groups)
        {
            var parts = group.ToList();
            var table = tables.FirstOrDefault(t => t.Id == group.Key.TableId);
            if (parts.Count < MinRows || table is null || !rulesById.TryGetValue(group.Key.RuleId, out var rule)
                || BlankColumn(table, parts, group.Key.ColumnKey!, RuleTables.Columns(rule.Formula)) is not { } blank)
            {
                continue;
            }

            replaced[parts[0]] = Grouped(table, blank, parts, rule);
            foreach (var part in parts.Skip(1))
            {
                replaced[part] = null;
            }
        }

        return replaced.Count == 0 ? findings : [.. findings.Select(f => replaced.TryGetValue(f, out var g) ? g : f).OfType<Finding>()];
    }

    /// <summary>
    /// The value column the rule names that is blank in every failing row and in every detail row of the table, while
    /// other columns of those rows have figures: the finding's own column if it is such, else the only one whose total
    /// or subtotal rows print a figure.
    /// </summary>
    private static Column? BlankColumn(Table table, List<Finding> parts, string column, IReadOnlySet<string> named)
    {
        var rows = parts.Select(p => table.FindRow(p.Location.RowKey!)).ToList();
        if (rows.Any(r => r is null) || rows.Any(r => !r!.Cells.Any(c => c.Value is not (null or 0m))))
        {
            return null;
        }

        var candidates = table.ValueColumns.Where(c => c.Key is { } key && (key == column || named.Contains(key))
            && table.Rows.Where(r => r.Role == RowRole.Detail).All(r => r[key] is null or 0m)
            && rows.All(r => r![key] is null or 0m)).ToList();
        if (candidates.FirstOrDefault(c => c.Key == column) is { } own)
        {
            return own;
        }

        // Another column the rule reads is the cause only where the table's totals print it: a column left blank on
        // purpose (资本性支出 nobody has) is blank in its total too.
        var printedInTotals = candidates.Where(c => table.Rows.Any(r => r.Role != RowRole.Detail && r[c.Key!] is not (null or 0m))).ToList();
        return printedInTotals.Count == 1 ? printedInTotals[0] : null;
    }

    private static Finding Grouped(Table table, Column blank, List<Finding> parts, Rule rule)
    {
        var first = parts[0];
        var path = PathOf(table.Columns, blank) ?? [blank];
        var filled = Neighbours(table, path, parts);
        var stated = parts.Sum(p => p.Stated ?? 0m);
        var expected = parts.Sum(p => p.Expected ?? 0m);
        var where = first.Location.TableNumber is { } number ? $"{number}《{first.Location.TableTitle}》" : $"《{first.Location.TableTitle ?? table.Title}》";
        var column = first.Location.ColumnKey == blank.Key ? "" : $"“{first.Location.ColumnLabel}”列";
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{where}“{string.Join("/", path.Select(c => c.Label))}”列整列为空{(filled.Count > 0 ? $"，而{string.Join("、", filled)}有数" : "")}，共 {parts.Count} 行：{rule.Title}，{column}各行填列合计 {stated:#,##0.00}，应为 {expected:#,##0.00}。");
        return first with
        {
            Location = first.Location with { RowKey = null, RowLabel = null, Source = null },
            Stated = stated,
            Expected = expected,
            Difference = stated - expected,
            Severity = parts.Min(p => p.Severity),
            Message = message,
            Parts = parts,
        };
    }

    /// <summary>
    /// The columns beside the blank one that have figures in the failing rows: under the same group, else one level up,
    /// up to the table's top columns.
    /// </summary>
    private static List<string> Neighbours(Table table, List<Column> path, List<Finding> parts)
    {
        var rows = parts.Select(p => table.FindRow(p.Location.RowKey!)!).ToList();
        bool HasFigures(Column column) => column.Leaves().Any(l => l.Kind == ColumnKind.Value && l.Key is { } key && rows.Any(r => r[key] is not (null or 0m)));
        for (var level = path.Count - 1; level >= 0; level--)
        {
            var siblings = level > 0 ? path[level - 1].Children : table.Columns;
            var filled = siblings.Where(s => !ReferenceEquals(s, path[level]) && HasFigures(s)).Select(s => s.Label).ToList();
            if (filled.Count > 0)
            {
                return filled;
            }
        }

        return [];
    }

    private static List<Column>? PathOf(IReadOnlyList<Column> columns, Column leaf)
    {
        foreach (var column in columns)
        {
            if (ReferenceEquals(column, leaf))
            {
                return [column];
            }

            if (PathOf(column.Children, leaf) is { } below)
            {
                return [column, .. below];
            }
        }

        return null;
    }
}
