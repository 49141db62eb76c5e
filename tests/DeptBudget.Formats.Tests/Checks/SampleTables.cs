using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Checks;

/// <summary>The derived tables of the two samples with their key figures, and one cell of them changed.</summary>
internal static class SampleTables
{
    public const string Henan = "henan-2022";
    public const string Hubei = "hubei-2023";

    private static readonly Lazy<BudgetDataset> HenanDataset = new(() => DatasetJson.ReadFile(RepoPaths.Sample("xinxiang-2022.json")));
    private static readonly Lazy<BudgetDataset> HubeiDataset = new(() => DatasetJson.ReadFile(RepoPaths.Sample("hubei-2023-jiangcheng.json")));
    private static readonly Lazy<IReadOnlyList<Table>> HenanTables = new(() => Derive(HenanDataset.Value, Henan));
    private static readonly Lazy<IReadOnlyList<Table>> HubeiTables = new(() => Derive(HubeiDataset.Value, Hubei));

    public static BudgetDataset Dataset(string profile) => profile == Henan ? HenanDataset.Value : HubeiDataset.Value;

    /// <summary>The profile's derived tables and the key figures.</summary>
    public static IReadOnlyList<Table> Of(string profile) => profile == Henan ? HenanTables.Value : HubeiTables.Value;

    /// <summary>
    /// The tables with last year's beside them (ids “last:…”): this year's again, except that last year's “三公” 本年 and
    /// key figures' 本年 are what this year's tables state for last year, so that every 跨年 check holds.
    /// </summary>
    public static IReadOnlyList<Table> WithLastYear(string profile)
    {
        var tables = Of(profile);
        var last = tables.Select(t => t.Id switch
        {
            StandardTables.ThreePublic when t.FindRow("lastYear") is { } stated => t.With("thisYear", stated.Cells),
            StandardTables.KeyFigures => t with
            {
                Rows = t.Rows.Select(r => r[KeyFigures.LastYear] is { } value
                    ? r with { Cells = new Dictionary<string, decimal?>(r.Cells) { [KeyFigures.ThisYear] = value } }
                    : r).ToList(),
            },
            _ => t,
        });
        return [.. tables, .. last.Select(t => t with { Id = CheckRun.LastYearPrefix + t.Id })];
    }

    /// <summary>The tables with the cell (table, row, column) increased by delta; returns the cell's old value too.</summary>
    public static (IReadOnlyList<Table> Tables, decimal Old) Mutate(string profile, string tableId, string rowKey, string column, decimal delta) =>
        Mutate(Of(profile), tableId, rowKey, column, delta);

    public static (IReadOnlyList<Table> Tables, decimal Old) Mutate(IReadOnlyList<Table> tables, string tableId, string rowKey, string column, decimal delta)
    {
        var table = tables.Single(t => t.Id == tableId);
        var row = table.FindRow(rowKey) ?? throw new ArgumentException($"no row {rowKey} in {tableId}");
        var old = row[column] ?? 0m;
        var changed = table.With(rowKey, new Dictionary<string, decimal?>(row.Cells) { [column] = old + delta });
        return (tables.Select(t => t.Id == tableId ? changed : t).ToList(), old);
    }

    private static Table With(this Table table, string rowKey, IReadOnlyDictionary<string, decimal?> cells) => table with
    {
        Rows = table.Rows.Select(r => r.Key != rowKey ? r : r with { Cells = cells }).ToList(),
    };

    private static IReadOnlyList<Table> Derive(BudgetDataset dataset, string profile)
    {
        var tables = TableDeriver.Derive(dataset, ShippedClassifications.ForYear(dataset.Year), ShippedProfiles.Get(profile));
        return [.. tables, KeyFigures.Derive(tables, dataset)];
    }
}
