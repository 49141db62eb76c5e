using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Checks;

/// <summary>The table ids a formula names: in cells, in sums, in isEmpty("…") and in its forEach header (“@” excluded); and its column keys.</summary>
public static class RuleTables
{
    public static IReadOnlySet<string> Named(Formula formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (formula.ForEach is { } header)
        {
            AddList(ids, header.Table.Text);
        }

        Walk(formula.Body, ids);
        return ids;
    }

    /// <summary>The column keys the formula's cells, sums and forEach header name (“@” and “*” excluded).</summary>
    public static IReadOnlySet<string> Columns(Formula formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Node node)
        {
            if (node is CellNode cell)
            {
                AddList(keys, cell.Ref.Column.Text);
            }

            foreach (var child in Children(node))
            {
                Walk(child);
            }
        }

        if (formula.ForEach is { } header)
        {
            AddList(keys, header.Column.Text);
        }

        Walk(formula.Body);
        keys.Remove("*");
        return keys;
    }

    private static void Walk(Node node, HashSet<string> ids)
    {
        switch (node)
        {
            case CellNode cell:
                AddList(ids, cell.Ref.Table.Text);
                break;
            case StringNode text:
                ids.Add(text.Value);
                break;
        }

        foreach (var child in Children(node))
        {
            Walk(child, ids);
        }
    }

    private static IEnumerable<Node> Children(Node node) => node switch
    {
        BinaryNode b => [b.Left, b.Right],
        CompareNode c => [c.Left, c.Right],
        LogicNode l => [l.Left, l.Right],
        NotNode n => [n.Operand],
        NegateNode n => [n.Operand],
        CallNode call => call.Arguments,
        _ => [],
    };

    private static void AddList(HashSet<string> ids, string text)
    {
        foreach (var id in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (id != "@")
            {
                ids.Add(id);
            }
        }
    }
}
