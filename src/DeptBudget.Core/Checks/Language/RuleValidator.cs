using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Language;

/// <summary>
/// Checks, before a rule runs, that every table, row key and column it names exists among the tables.
/// A row key with a code prefix ("f:2010301", "e:…", "p:…") may be absent from one department's table: it reads as empty.
/// </summary>
public static class RuleValidator
{
    public static void Validate(Formula formula, IReadOnlyDictionary<string, Table> tables)
    {
        if (formula.ForEach is not { } header)
        {
            Walk(formula.Body, null, [], inForEach: false, tables);
            return;
        }

        if (header.Table.Text == "@")
        {
            throw new RuleException("forEach 的表要写表名，不能写 @。", header.Table.Position);
        }

        var selector = RowSelector.Parse(header.Rows);
        if (selector.NeedsCurrentRow)
        {
            throw new RuleException("forEach 的行不能用 @ 或 children：它们指 forEach 选出的当前行。", header.Rows.Position);
        }

        foreach (var table in ForEachTables(header, tables))
        {
            CheckRowKey(selector, header.Rows, table);
            var columns = ForEachColumns(header, table).ToList();
            foreach (var column in columns)
            {
                CheckColumn(column, header.Column.Position, table);
            }

            Walk(formula.Body, table, columns, inForEach: true, tables);
        }
    }

    /// <summary>The tables a forEach header names (a comma list); each must exist.</summary>
    public static IEnumerable<Table> ForEachTables(CellRef header, IReadOnlyDictionary<string, Table> tables) =>
        header.Table.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(id => Table(id, header.Table.Position, tables));

    /// <summary>The column keys a forEach header names; "*" is every value column of the table.</summary>
    public static IEnumerable<string> ForEachColumns(CellRef header, Table table) => header.Column.Text == "*"
        ? table.ValueColumns.Select(c => c.Key!)
        : header.Column.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Walk(Node node, Table? current, IReadOnlyList<string> columns, bool inForEach, IReadOnlyDictionary<string, Table> tables)
    {
        switch (node)
        {
            case CellNode cell:
                CheckCell(cell.Ref, current, columns, inForEach, tables);
                break;
            case StringNode text:
                Table(text.Value, text.Position, tables);
                break;
            case BinaryNode b:
                Walk(b.Left, current, columns, inForEach, tables);
                Walk(b.Right, current, columns, inForEach, tables);
                break;
            case CompareNode c:
                Walk(c.Left, current, columns, inForEach, tables);
                Walk(c.Right, current, columns, inForEach, tables);
                break;
            case LogicNode l:
                Walk(l.Left, current, columns, inForEach, tables);
                Walk(l.Right, current, columns, inForEach, tables);
                break;
            case NotNode n:
                Walk(n.Operand, current, columns, inForEach, tables);
                break;
            case NegateNode n:
                Walk(n.Operand, current, columns, inForEach, tables);
                break;
            case CallNode { Name: "isBlank" } blank when blank.Arguments[0] is not CellNode { IsSum: false }:
                throw new RuleException("isBlank 的参数要写一个单元格 [表|行|列]。", blank.Position);
            case CallNode call:
                foreach (var argument in call.Arguments)
                {
                    Walk(argument, current, columns, inForEach, tables);
                }

                break;
        }
    }

    private static void CheckCell(CellRef cell, Table? current, IReadOnlyList<string> columns, bool inForEach, IReadOnlyDictionary<string, Table> tables)
    {
        foreach (var part in new[] { cell.Table, cell.Rows, cell.Column })
        {
            if (!inForEach && (part.Text == "@" || part.Text.Contains("children", StringComparison.Ordinal)))
            {
                throw new RuleException($"“{part.Text}”只能用在 forEach 里：它指当前的表、行或列。", part.Position);
            }
        }

        var table = cell.Table.Text == "@" ? current! : Table(cell.Table.Text, cell.Table.Position, tables);
        CheckRowKey(RowSelector.Parse(cell.Rows), cell.Rows, table);
        foreach (var column in cell.Column.Text == "@" ? columns : [cell.Column.Text])
        {
            CheckColumn(column, cell.Column.Position, table);
        }
    }

    private static void CheckRowKey(RowSelector selector, RefPart part, Table table)
    {
        if (selector.Key is { } key && !key.Contains(':') && table.FindRow(key) is null)
        {
            throw new RuleException($"{table.Number}（{table.Id}）没有行“{key}”；这张表的行有：{string.Join("、", table.Rows.Where(r => !r.Key.Contains(':')).Select(r => r.Key).Distinct().Take(12))}。", part.Position);
        }
    }

    private static void CheckColumn(string key, Position position, Table table)
    {
        if (!table.ValueColumns.Any(c => c.Key == key))
        {
            throw new RuleException($"{table.Number}（{table.Id}）没有列“{key}”；这张表的列有：{string.Join("、", table.ValueColumns.Select(c => c.Key))}。", position);
        }
    }

    private static Table Table(string id, Position position, IReadOnlyDictionary<string, Table> tables) =>
        tables.TryGetValue(id, out var table)
            ? table
            : throw new RuleException($"式样里没有表“{id}”；有的表：{string.Join("、", tables.Keys)}。", position);
}
