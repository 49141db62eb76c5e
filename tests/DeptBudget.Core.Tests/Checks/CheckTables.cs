using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Tests.Checks;

/// <summary>Small hand-built tables for the evaluator and engine tests.</summary>
internal static class CheckTables
{
    /// <summary>A function table: 合计, 类 201 with 款 20101 (项 2010101, 2010102) and 款 20103 (项 2010301).</summary>
    public static Table Functions(decimal item1 = 10m, decimal item2 = 20m, decimal item3 = 5m) => new()
    {
        Id = "expenditure-summary",
        Number = "预算03表",
        Title = "部门支出总表",
        Columns =
        [
            new Column { Key = "total", Label = "合计" },
            new Column { Label = "基本支出", Children = [new Column { Key = "basic", Label = "小计" }] },
            new Column { Key = "project", Label = "项目支出" },
        ],
        Rows =
        [
            Row("total", null, "合计", 0, RowRole.Total, item1 + item2 + item3),
            Row("f:201", "201", "一般公共服务支出", 1, RowRole.Subtotal, item1 + item2 + item3),
            Row("f:20101", "20101", "人大事务", 2, RowRole.Subtotal, item1 + item2),
            Row("f:2010101", "2010101", "行政运行", 3, RowRole.Detail, item1),
            Row("f:2010102", "2010102", "一般行政管理事务", 3, RowRole.Detail, item2),
            Row("f:20103", "20103", "政府办公厅（室）及相关机构事务", 2, RowRole.Subtotal, item3),
            Row("f:2010301", "2010301", "行政运行", 3, RowRole.Detail, item3),
        ],
    };

    public static IReadOnlyDictionary<string, Table> ById(params Table[] tables) => tables.ToDictionary(t => t.Id);

    /// <summary>The table with one cell replaced.</summary>
    public static Table With(this Table table, string rowKey, string column, decimal? value) => table with
    {
        Rows = table.Rows.Select(r => r.Key != rowKey ? r : r with
        {
            Cells = new Dictionary<string, decimal?>(r.Cells) { [column] = value },
        }).ToList(),
    };

    private static TableRow Row(string key, string? code, string label, int level, RowRole role, decimal total) => new()
    {
        Key = key,
        Code = code,
        CodeKind = code is null ? RowCodeKind.None : RowCodeKind.Function,
        Label = label,
        Level = level,
        Role = role,
        Cells = new Dictionary<string, decimal?> { ["total"] = total, ["basic"] = total, ["project"] = null },
    };
}
