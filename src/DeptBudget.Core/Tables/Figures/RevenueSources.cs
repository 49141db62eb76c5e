namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// This year's revenue by source, keyed as the 收入总表's columns are (generalBudget, business, …): from the 收支总表's
/// income rows (income:KEY), else from the 收入总表's 合计 row.
/// </summary>
internal static class RevenueSources
{
    private static readonly (string Key, string Label)[] Known =
    [
        ("generalBudget", "一般公共预算拨款收入"), ("governmentFund", "政府性基金预算拨款收入"),
        ("stateCapital", "国有资本经营预算拨款收入"), ("specialAccount", "财政专户管理资金收入"), ("business", "事业收入"),
        ("businessOperation", "事业单位经营收入"), ("superiorSubsidy", "上级补助收入"), ("subsidiaryRemittance", "附属单位上缴收入"),
        ("other", "其他收入"), ("businessFund", "用事业基金弥补收支差额"),
    ];

    public static IEnumerable<(string Key, string Label, decimal? Amount)> Read(TableFigures tables)
    {
        if (tables.Find(StandardTables.IncomeExpenditureSummary) is { } summary)
        {
            return summary.Rows
                .Where(r => r.Key.StartsWith("income:", StringComparison.Ordinal) && r.Key.Count(c => c == ':') == 1)
                .Select(r => (r.Key["income:".Length..], Label(r.Key["income:".Length..], r.Label), (decimal?)(r["income"] ?? 0m)));
        }

        return Known.Select(k => (k.Key, k.Label, tables.Cell(StandardTables.IncomeSummary, "total", k.Key)));
    }

    private static string Label(string key, string printed) =>
        Known.FirstOrDefault(k => k.Key == key).Label ?? PrintedLabels.WithoutNumbering(printed);
}
