namespace DeptBudget.Core.Checks.Compiled;

/// <summary>
/// A formula node compiled once per rule: tables, selectors and columns are resolved ahead, so evaluating a cell
/// reads arrays instead of walking the syntax tree. Each rule's tree is used by one thread at a time.
/// </summary>
internal abstract class Expr
{
    public abstract Val Value(in Scope scope);

    public virtual bool Test(in Scope scope) => Value(scope).Value != 0m;
}

internal sealed class ConstExpr(decimal value) : Expr
{
    public override Val Value(in Scope scope) => Val.Of(value);
}

/// <summary>A string used as a figure: the interpreter never terminates on it; here it is 0.</summary>
internal sealed class TextExpr : Expr
{
    public override Val Value(in Scope scope) => Val.Of(0m);
}

internal sealed class NegateExpr(Expr operand) : Expr
{
    public override Val Value(in Scope scope)
    {
        var v = operand.Value(scope);
        return v.Detached(-v.Value);
    }
}

internal sealed class BinaryExpr(char op, Expr left, Expr right) : Expr
{
    public override Val Value(in Scope scope)
    {
        var l = left.Value(scope);
        var r = right.Value(scope);
        var value = op switch
        {
            '+' => l.Value + r.Value,
            '-' => l.Value - r.Value,
            '*' => l.Value * r.Value,
            _ => r.Value == 0m ? 0m : l.Value / r.Value,
        };
        var terms = op is '+' or '-' ? l.Terms + r.Terms : Math.Max(l.Terms, r.Terms);
        return new Val(value, terms, null, -1, null, null);
    }
}

/// <summary>= &lt;&gt; &lt; &lt;= &gt; &gt;= with the rule's tolerance and the rounding allowance of the right-hand side.</summary>
internal sealed class CompareExpr(string op, Expr left, Expr right, decimal tolerance) : Expr
{
    public string Operator => op;

    public Outcome Compare(in Scope scope)
    {
        var l = left.Value(scope);
        var r = right.Value(scope);
        var difference = l.Value - r.Value;
        var slack = tolerance + r.RoundingAllowance;
        return new Outcome(l, r, difference, Holds(op, difference, slack), Math.Abs(difference) <= tolerance);
    }

    public override Val Value(in Scope scope) => Val.Of(Test(scope) ? 1m : 0m);

    public override bool Test(in Scope scope) => Compare(scope).Holds;

    /// <summary>Whether "left op right" holds, given left − right and the slack (tolerance + rounding allowance).</summary>
    private static bool Holds(string op, decimal difference, decimal slack) => op switch
    {
        "=" => Math.Abs(difference) <= slack,
        "<>" => Math.Abs(difference) > slack,
        "<" => difference < 0m,
        "<=" => difference <= slack,
        ">" => difference > 0m,
        _ => difference >= -slack,
    };
}

internal sealed class LogicExpr(bool and, Expr left, Expr right) : Expr
{
    public override Val Value(in Scope scope) => Val.Of(Test(scope) ? 1m : 0m);

    public override bool Test(in Scope scope) => and ? left.Test(scope) && right.Test(scope) : left.Test(scope) || right.Test(scope);
}

internal sealed class NotExpr(Expr operand) : Expr
{
    public override Val Value(in Scope scope) => Val.Of(Test(scope) ? 1m : 0m);

    public override bool Test(in Scope scope) => !operand.Test(scope);
}
