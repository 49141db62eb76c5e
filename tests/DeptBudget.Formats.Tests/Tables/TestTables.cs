using DeptBudget.Core.Tables;
using static DeptBudget.Formats.Tests.Tables.TableBuilder;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>Small tables shaped like the standard disclosure tables of seed 002 (figures from it, shortened).</summary>
internal static class TestTables
{
    private const string Department = "部门名称：新乡市政务服务和大数据管理局";

    public static IReadOnlyList<Table> All =>
        [IncomeExpenditureSummary(), ExpenditureSummary(), EmptyGovernmentFund(), Procurement()];

    /// <summary>(a) 部门收支总表: 收入 left, 支出 right, footers lined up at the bottom.</summary>
    public static Table IncomeExpenditureSummary()
    {
        var builder = new TableBuilder(
            StandardTables.IncomeExpenditureSummary,
            "预算01表",
            "2022年部门收支预算表",
            Group("收入", TableSide.Left, Leaf("项目", kind: ColumnKind.Label, side: TableSide.Left), Leaf("金额", "income", side: TableSide.Left)),
            Group("支出", TableSide.Right, Leaf("项目", kind: ColumnKind.Label, side: TableSide.Right), Leaf("金额", "expenditure", side: TableSide.Right)))
            .Subtitle(Department);
        void Left(string key, string label, decimal? value, RowRole role = RowRole.Detail, int level = 1) =>
            builder.Row(key, label, level, role, TableSide.Left, cells: ("income", value));
        void Right(string key, string label, decimal? value, RowRole role = RowRole.Detail) =>
            builder.Row(key, label, 1, role, TableSide.Right, cells: ("expenditure", value));

        Left("in:general", "一、一般公共预算", 1352.27m);
        Left("in:general-fiscal", "其中：财政拨款", 1352.27m, level: 2);
        Left("in:fund", "二、政府性基金预算拨款收入", null);
        Right("out:201", "一、一般公共服务", 1193.81m);
        Right("out:208", "八、社会保障和就业", 93.21m);
        Right("out:210", "十、卫生健康", 65.25m);
        Right("out:221", "二十一、住房保障支出", null);
        Left("in:year-total", "本年收入合计", 1352.27m, RowRole.Footer, 0);
        Left("in:carry-over", "上年结转结余", null, RowRole.Footer, 0);
        Left("in:total", "收入总计", 1352.27m, RowRole.Total, 0);
        Right("out:year-total", "本年支出合计", 1352.27m, RowRole.Footer);
        Right("out:carry-forward", "年终结转结余", null, RowRole.Footer);
        Right("out:total", "支出总计", 1352.27m, RowRole.Total);
        return builder.Build();
    }

    /// <summary>(b) 部门支出总表: 类|款|项 codes, a unit code, a 3-row header.</summary>
    public static Table ExpenditureSummary()
    {
        var builder = new TableBuilder(
            StandardTables.ExpenditureSummary,
            "预算03表",
            "2022年部门支出预算表",
            [.. CodeColumns(), Leaf("单位代码", kind: ColumnKind.Text, textKey: "unitCode"), Leaf("单位(科目名称)", kind: ColumnKind.Label), .. ExpenditureColumns()])
            .Subtitle(Department);
        void Line(string key, string label, int level, RowRole role, string? code, string? unitCode, params decimal?[] values) =>
            builder.Row(key, label, level, role, code: code,
                texts: unitCode is null ? null : new Dictionary<string, string> { ["unitCode"] = unitCode },
                cells: ExpenditureKeys.Zip(values, (k, v) => (k, v)).ToArray());

        Line("total", "合计", 0, RowRole.Total, null, null, 1280.22m, 881.81m, 787.65m, 25.26m, 68.90m, null, 398.41m, 398.41m, null);
        Line("unit:118", "新乡市政务服务和大数据管理局", 1, RowRole.Subtotal, null, "118", 1280.22m, 881.81m, 787.65m, 25.26m, 68.90m, null, 398.41m, 398.41m, null);
        Line("f:201", "一般公共服务支出", 1, RowRole.Subtotal, "201", null, 1193.81m, 795.40m, 726.95m, null, 68.45m, null, 398.41m, 398.41m, null);
        Line("f:20103", "政府办公厅（室）及相关机构事务", 2, RowRole.Subtotal, "20103", null, 1193.81m, 795.40m, 726.95m, null, 68.45m, null, 398.41m, 398.41m, null);
        Line("f:2010301", "行政运行", 3, RowRole.Detail, "2010301", null, 368.80m, 368.80m, 323.24m, null, 45.56m, null, null, null, null);
        Line("f:2010302", "一般行政管理事务", 3, RowRole.Detail, "2010302", null, 398.41m, null, null, null, null, null, 398.41m, 398.41m, null);
        Line("f:2010350", "事业运行", 3, RowRole.Detail, "2010350", null, 426.60m, 426.60m, 403.71m, null, 22.89m, null, null, null, null);
        Line("f:208", "社会保障和就业支出", 1, RowRole.Subtotal, "208", null, 86.41m, 86.41m, 60.70m, 25.26m, 0.45m, null, null, null, null);
        Line("f:20805", "行政事业单位养老支出", 2, RowRole.Subtotal, "20805", null, 86.41m, 86.41m, 60.70m, 25.26m, 0.45m, null, null, null, null);
        Line("f:2080501", "行政单位离退休", 3, RowRole.Detail, "2080501", null, 25.71m, 25.71m, null, 25.26m, 0.45m, null, null, null, null);
        Line("f:2080505", "机关事业单位基本养老保险缴费支出", 3, RowRole.Detail, "2080505", null, 60.70m, 60.70m, 60.70m, null, null, null, null, null, null);
        return builder.Build();
    }

    /// <summary>(c) An empty 政府性基金预算支出表: a total row without figures and the note saying why.</summary>
    public static Table EmptyGovernmentFund() =>
        new TableBuilder(
            StandardTables.GovernmentFund,
            "预算09表",
            "2022年政府性基金支出预算表",
            [.. CodeColumns(), Leaf("科目名称", kind: ColumnKind.Label), Leaf("合计", "total"), Leaf("基本支出", "basic"), Leaf("项目支出", "project")])
            .Subtitle(Department)
            .Row("total", "合计", 0, RowRole.Total)
            .Note("说明：本单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。")
            .Empty()
            .Build();

    /// <summary>(d) A 政府采购预算表 in 元, with a figure of more than 2 decimals and texts that need quoting.</summary>
    public static Table Procurement() =>
        new TableBuilder(
            StandardTables.Procurement,
            "附表4-12",
            "2023年政府采购预算表",
            Leaf("项目名称", kind: ColumnKind.Label),
            Leaf("采购品目", kind: ColumnKind.Text, textKey: "catalog"),
            Group("采购预算金额", Leaf("合计", "total"), Leaf("货物", "goods"), Leaf("工程", "works"), Leaf("服务", "services")))
            .Subtitle("部门名称：示例区数据局（及二级单位汇总）")
            .InYuan()
            .Row("total", "合计", 0, RowRole.Total, cells: [("total", 1177600.13m), ("goods", 125000m), ("services", 1052600.125m)])
            .Row("p:1", "办公设备购置", 1, code: "001", texts: new Dictionary<string, string> { ["catalog"] = "A02010104 台式计算机" },
                cells: [("total", 125000m), ("goods", 125000m)])
            .Row("p:2", "\"4050\"人员服务, 外包", 1, code: "002", texts: new Dictionary<string, string> { ["catalog"] = "C16 信息技术服务" },
                cells: [("total", 1052600.125m), ("services", 1052600.125m)])
            .Note("注：金额单位为元。")
            .Build();

    private static readonly string[] ExpenditureKeys =
        ["total", "basic", "wages", "families", "goods", "capital", "project", "projectOperating", "projectSpecific"];

    private static Column[] CodeColumns() =>
    [
        Group("科目编码", Leaf("类", kind: ColumnKind.CodeClass), Leaf("款", kind: ColumnKind.CodeSection), Leaf("项", kind: ColumnKind.CodeItem)),
    ];

    private static Column[] ExpenditureColumns() =>
    [
        Leaf("合计", "total"),
        Group(
            "基本支出",
            Leaf("小计", "basic"),
            Group("人员经费", Leaf("工资福利支出", "wages"), Leaf("对个人和家庭的补助", "families")),
            Group("公用经费", Leaf("商品和服务支出", "goods"), Leaf("资本性支出", "capital"))),
        Group("项目支出", Leaf("小计", "project"), Leaf("其他运转类", "projectOperating"), Leaf("特定目标类", "projectSpecific")),
    ];
}
