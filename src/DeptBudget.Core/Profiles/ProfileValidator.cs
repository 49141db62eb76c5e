using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Profiles;

/// <summary>Checks a profile a finance bureau wrote before any table is derived from it.</summary>
public static class ProfileValidator
{
    private static readonly string[] ThreePublicMeasures = ["total", "abroad", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"];
    private static readonly string[] ProcurementMeasures = ["amount", "quantity", "unitPrice", "smeAmount", "microAmount"];

    /// <summary>Problems in Chinese, each naming the table and the column or row; empty when the profile is usable.</summary>
    public static IReadOnlyList<string> Validate(Profile profile)
    {
        var problems = new List<string>();
        foreach (var duplicate in profile.Tables.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"表 {duplicate.Key} 出现了 {duplicate.Count()} 次。");
        }

        foreach (var table in profile.Tables)
        {
            ValidateTable(table, problems);
        }

        return problems;
    }

    private static void ValidateTable(TableSpec table, List<string> problems)
    {
        var where = $"表 {table.Number}（{table.Id}）";
        if (!StandardTables.All.Contains(table.Id))
        {
            problems.Add($"{where}：不是标准表，标准表为 {string.Join("、", StandardTables.All)}。");
        }

        if (table.Parts.Count == 0)
        {
            problems.Add($"{where}：没有列和行（parts 为空）。");
        }

        var leaves = table.Parts.SelectMany(p => p.Columns.SelectMany(Leaves)).ToList();
        foreach (var leaf in leaves.Where(l => string.IsNullOrWhiteSpace(l.Key)))
        {
            problems.Add($"{where}：列“{leaf.Label}”没有 key。");
        }

        foreach (var column in table.Parts.SelectMany(p => p.Columns.SelectMany(All)).Where(c => c.DocumentOnly && (c.Kind != ColumnKind.Value || c.Children.Count > 0 || c.Measure is not null)))
        {
            problems.Add($"{where}：列“{column.Label}”标为 documentOnly（只从文件读入），只能是没有 measure 的数值列。");
        }

        foreach (var duplicate in leaves.Where(l => l.Key is not null).GroupBy(l => l.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"{where}：列 key “{duplicate.Key}”重复。");
        }

        foreach (var part in table.Parts)
        {
            var allowed = part.Source switch
            {
                LineSource.ThreePublic => ThreePublicMeasures,
                LineSource.Procurement => ProcurementMeasures,
                LineSource.Expenditures or LineSource.Revenues => [],
            };
            foreach (var leaf in part.Columns.SelectMany(Leaves).Where(l => l.Kind == ColumnKind.Value && l.Measure is not null && !allowed.Contains(l.Measure)))
            {
                problems.Add($"{where}：列“{leaf.Label}”的 measure “{leaf.Measure}”不适用于数据来源 {part.Source}。");
            }

            foreach (var leaf in part.Columns.SelectMany(Leaves).Where(l => l.Kind == ColumnKind.Text && string.IsNullOrWhiteSpace(l.Text)))
            {
                problems.Add($"{where}：文本列“{leaf.Label}”没有指定 text。");
            }

            if (part.Rows.Count == 0)
            {
                problems.Add($"{where}：没有行块（rows 为空）。");
            }
        }
    }

    private static IEnumerable<ColumnSpec> All(ColumnSpec column) => [column, .. column.Children.SelectMany(All)];

    private static IEnumerable<ColumnSpec> Leaves(ColumnSpec column) =>
        column.Children.Count == 0 ? [column] : column.Children.SelectMany(Leaves);
}
