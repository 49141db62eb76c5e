using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Compiled;

internal sealed class IfExpr(Expr condition, Expr then, Expr otherwise) : Expr
{
    public override Val Value(in Scope scope) => condition.Test(scope) ? then.Value(scope) : otherwise.Value(scope);

    public override bool Test(in Scope scope) => condition.Test(scope) ? then.Test(scope) : otherwise.Test(scope);
}

/// <summary>pct(part, whole) and yoy(this, last), rounded half-up to 2 decimals; 0 when the divisor is 0.</summary>
internal sealed class PercentExpr(bool change, Expr first, Expr second) : Expr
{
    public override Val Value(in Scope scope)
    {
        var a = first.Value(scope).Value;
        var b = second.Value(scope).Value;
        return Val.Of(b == 0m ? 0m : Math.Round((change ? a - b : a) / b * 100m, 2, MidpointRounding.AwayFromZero));
    }
}

internal sealed class AbsExpr(Expr operand) : Expr
{
    public override Val Value(in Scope scope)
    {
        var v = operand.Value(scope);
        return v.Detached(Math.Abs(v.Value));
    }
}

/// <summary>isEmpty("table"), or of the current table when the argument is not a table name.</summary>
internal sealed class IsEmptyExpr(Table? named, bool byName) : Expr
{
    public override Val Value(in Scope scope) => Val.Of(Test(scope) ? 1m : 0m);

    public override bool Test(in Scope scope) => byName ? named is null || named.IsEmpty : scope.Table?.Table.IsEmpty ?? true;
}

/// <summary>isBlank([table|row|column]): the cell is empty or its row is not there — not given, unlike 0.</summary>
internal sealed class IsBlankExpr(CellExpr cell) : Expr
{
    public override Val Value(in Scope scope) => Val.Of(Test(scope) ? 1m : 0m);

    public override bool Test(in Scope scope)
    {
        var read = cell.Value(scope);
        return read.Table is not { } table || read.Row < 0 || table.Rows[read.Row][read.Column!] is null;
    }
}

internal sealed class CountExpr(CellExpr? cell) : Expr
{
    public override Val Value(in Scope scope) => Val.Of(cell?.Count(scope) ?? 0);
}
