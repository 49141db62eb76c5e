using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Language;

/// <summary>
/// Evaluates a formula over a set of tables. Comparisons count as true when the difference is within the
/// tolerance plus the rounding allowance (0.01 per summed figure on the right-hand side). Division by zero gives 0.
/// </summary>
public sealed class Evaluator(IReadOnlyDictionary<string, Table> tables, decimal tolerance = 0m)
{
    private readonly Dictionary<RefPart, RowSelector> selectors = [];

    public Amount Value(Node node, EvalScope scope) => node switch
    {
        NumberNode n => Amount.Of(n.Value),
        CellNode c => Cell(c, scope),
        NegateNode n => Value(n.Operand, scope) is var v ? v with { Value = -v.Value, Cell = null } : default,
        BinaryNode b => Arithmetic(b, scope),
        CallNode call => Call(call, scope),
        _ => Amount.Of(Test(node, scope) ? 1m : 0m),
    };

    public bool Test(Node node, EvalScope scope) => node switch
    {
        CompareNode c => Compare(c, scope).Holds,
        LogicNode { Operator: "and" } l => Test(l.Left, scope) && Test(l.Right, scope),
        LogicNode l => Test(l.Left, scope) || Test(l.Right, scope),
        NotNode n => !Test(n.Operand, scope),
        CallNode { Name: "isEmpty" } call => IsEmpty(call, scope),
        CallNode { Name: "if" } call => Test(call.Arguments[0], scope) ? Test(call.Arguments[1], scope) : Test(call.Arguments[2], scope),
        _ => Value(node, scope).Value != 0m,
    };

    /// <summary>Both sides of a comparison, and whether it holds (within tolerance and rounding allowance).</summary>
    public Comparison Compare(CompareNode node, EvalScope scope)
    {
        var left = Value(node.Left, scope);
        var right = Value(node.Right, scope);
        var difference = left.Value - right.Value;
        var slack = tolerance + right.RoundingAllowance;
        return new Comparison(left, right, difference, Holds(node.Operator, difference, slack), Math.Abs(difference) <= tolerance);
    }

    /// <summary>Whether "left op right" holds, given left − right and the slack (tolerance + rounding allowance).</summary>
    internal static bool Holds(string op, decimal difference, decimal slack) => op switch
    {
        "=" => Math.Abs(difference) <= slack,
        "<>" => Math.Abs(difference) > slack,
        "<" => difference < 0m,
        "<=" => difference <= slack,
        ">" => difference > 0m,
        _ => difference >= -slack,
    };

    private Amount Cell(CellNode node, EvalScope scope)
    {
        var table = TableOf(node.Ref.Table, scope);
        var column = node.Ref.Column.Text == "@" ? scope.Column! : node.Ref.Column.Text;
        var rows = Selector(node.Ref.Rows).Select(table, scope.Row).ToList();
        if (node.IsSum)
        {
            return new Amount(rows.Sum(r => r[column] ?? 0m), rows.Count, null);
        }

        var row = rows.FirstOrDefault();
        var location = Locations.Of(table, row, column, node.Ref.Rows.Text);
        return new Amount(row?[column] ?? 0m, 1, location);
    }

    private Amount Arithmetic(BinaryNode node, EvalScope scope)
    {
        var left = Value(node.Left, scope);
        var right = Value(node.Right, scope);
        var value = node.Operator switch
        {
            "+" => left.Value + right.Value,
            "-" => left.Value - right.Value,
            "*" => left.Value * right.Value,
            _ => right.Value == 0m ? 0m : left.Value / right.Value,
        };
        var terms = node.Operator is "+" or "-" ? left.Terms + right.Terms : Math.Max(left.Terms, right.Terms);
        return new Amount(value, terms, null);
    }

    private Amount Call(CallNode call, EvalScope scope)
    {
        Amount Arg(int i) => Value(call.Arguments[i], scope);
        return call.Name switch
        {
            "if" => Test(call.Arguments[0], scope) ? Arg(1) : Arg(2),
            "pct" => Amount.Of(Arg(1).Value == 0m ? 0m : Math.Round(Arg(0).Value / Arg(1).Value * 100m, 2, MidpointRounding.AwayFromZero)),
            "yoy" => Amount.Of(Arg(1).Value == 0m ? 0m : Math.Round((Arg(0).Value - Arg(1).Value) / Arg(1).Value * 100m, 2, MidpointRounding.AwayFromZero)),
            "abs" => Arg(0) with { Value = Math.Abs(Arg(0).Value), Cell = null },
            "count" => Amount.Of(CountRows(call, scope)),
            _ => Amount.Of(Test(call, scope) ? 1m : 0m),
        };
    }

    private bool IsEmpty(CallNode call, EvalScope scope) => call.Arguments[0] is StringNode name
        ? !tables.TryGetValue(name.Value, out var table) || table.IsEmpty
        : scope.Table?.IsEmpty ?? true;

    private int CountRows(CallNode call, EvalScope scope) => call.Arguments[0] is CellNode cell
        ? Selector(cell.Ref.Rows).Select(TableOf(cell.Ref.Table, scope), scope.Row).Count()
        : 0;

    private RowSelector Selector(RefPart part)
    {
        if (!selectors.TryGetValue(part, out var selector))
        {
            selector = RowSelector.Parse(part);
            selectors[part] = selector;
        }

        return selector;
    }

    private Table TableOf(RefPart part, EvalScope scope) =>
        part.Text == "@" ? scope.Table! : tables[part.Text];
}

/// <summary>The outcome of one comparison: stated (left), expected (right), their difference, and whether it holds.</summary>
public readonly record struct Comparison(Amount Left, Amount Right, decimal Difference, bool Holds, bool WithinTolerance);
