namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// The function rows (类 3, 款 5, 项 7 digits) of the 一般公共预算支出表 — for a 决算 document the 一般公共预算财政拨款
/// 支出决算表 — with their printed label and their 合计 in 万元: what a narrative's “…（类）…（款）…（项）” sentences are
/// checked against. Empty when the tables have no such table.
/// </summary>
public sealed class FunctionRows
{
    private FunctionRows(string title, IReadOnlyList<FunctionRow> rows)
    {
        Title = title;
        Rows = rows;
    }

    /// <summary>The table's title, for messages.</summary>
    public string Title { get; }

    public IReadOnlyList<FunctionRow> Rows { get; }

    public static FunctionRows Read(IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (new TableFigures(tables).Find(StandardTables.GeneralBudgetExpenditure) is not { } table || !table.ValueColumns.Any(c => c.Key == "total"))
        {
            return new FunctionRows("", []);
        }

        var rows = table.Rows
            .Where(r => r.CodeKind == RowCodeKind.Function && r.Code is { Length: 3 or 5 or 7 })
            .Select(r => new FunctionRow(r.Code!, PrintedLabels.WithoutNumbering(r.Label), InTenThousandYuan(table, r["total"] ?? 0m)))
            .ToList();
        return new FunctionRows(table.Title, rows);
    }

    private static decimal InTenThousandYuan(Table table, decimal value) =>
        table.Unit == TableUnit.Yuan ? Math.Round(value / 10_000m, 2, MidpointRounding.AwayFromZero) : value;
}

/// <summary>One function row: its code, its label as printed (numbering removed) and its 合计 in 万元.</summary>
public sealed record FunctionRow(string Code, string Label, decimal Total);
