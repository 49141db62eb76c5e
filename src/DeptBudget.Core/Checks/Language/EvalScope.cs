using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Language;

/// <summary>What "@" stands for while a forEach runs: the current table, row and column key.</summary>
public sealed record EvalScope(Table? Table, TableRow? Row, string? Column)
{
    public static readonly EvalScope None = new(null, null, null);
}
