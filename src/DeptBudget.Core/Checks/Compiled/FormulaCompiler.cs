using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Checks.Compiled;

/// <summary>
/// Turns a validated formula's syntax tree into <see cref="Expr"/> nodes. Division by zero gives 0; comparisons hold
/// within the rule's tolerance plus the rounding allowance (0.01 per summed figure on the right-hand side).
/// </summary>
internal sealed class FormulaCompiler(Func<string, TableIndex?> tables, decimal tolerance)
{
    public Expr Compile(Node node) => node switch
    {
        NumberNode n => new ConstExpr(n.Value),
        StringNode => new TextExpr(),
        CellNode c => Cell(c),
        NegateNode n => new NegateExpr(Compile(n.Operand)),
        BinaryNode b => new BinaryExpr(b.Operator[0], Compile(b.Left), Compile(b.Right)),
        CompareNode c => new CompareExpr(c.Operator, Compile(c.Left), Compile(c.Right), tolerance),
        LogicNode l => new LogicExpr(l.Operator == "and", Compile(l.Left), Compile(l.Right)),
        NotNode n => new NotExpr(Compile(n.Operand)),
        CallNode call => Call(call),
        _ => throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node)),
    };

    public CellExpr Cell(CellNode node)
    {
        var table = node.Ref.Table.Text == "@" ? null : tables(node.Ref.Table.Text)!;
        var column = node.Ref.Column.Text == "@" ? null : node.Ref.Column.Text;
        return new CellExpr(table, RowSelector.Parse(node.Ref.Rows), node.Ref.Rows.Text, column, node.IsSum);
    }

    private Expr Call(CallNode call)
    {
        Expr Arg(int i) => Compile(call.Arguments[i]);
        return call.Name switch
        {
            "if" => new IfExpr(Arg(0), Arg(1), Arg(2)),
            "pct" => new PercentExpr(false, Arg(0), Arg(1)),
            "yoy" => new PercentExpr(true, Arg(0), Arg(1)),
            "abs" => new AbsExpr(Arg(0)),
            "count" => new CountExpr(call.Arguments[0] is CellNode cell ? Cell(cell) : null),
            "isBlank" => new IsBlankExpr(Cell((CellNode)call.Arguments[0])),
            "isEmpty" => call.Arguments[0] is StringNode name ? new IsEmptyExpr(tables(name.Value)?.Table, true) : new IsEmptyExpr(null, false),
            _ => throw new ArgumentException($"unknown function {call.Name}", nameof(call)),
        };
    }
}
