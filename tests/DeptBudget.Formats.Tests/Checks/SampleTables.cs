using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Checks;

/// <summary>The derived tables of the two samples, and one cell of them changed.</summary>
internal static class SampleTables
{
    public const string Henan = "henan-2022";
    public const string Hubei = "hubei-2023";

    private static readonly Lazy<IReadOnlyList<Table>> HenanTables = new(() => Derive("xinxiang-2022.json", Henan));
    private static readonly Lazy<IReadOnlyList<Table>> HubeiTables = new(() => Derive("hubei-2023-jiangcheng.json", Hubei));

    public static IReadOnlyList<Table> Of(string profile) => profile == Henan ? HenanTables.Value : HubeiTables.Value;

    /// <summary>The tables with the cell (table, row, column) increased by delta; returns the cell's old value too.</summary>
    public static (IReadOnlyList<Table> Tables, decimal Old) Mutate(string profile, string tableId, string rowKey, string column, decimal delta)
    {
        var tables = Of(profile);
        var table = tables.Single(t => t.Id == tableId);
        var row = table.FindRow(rowKey) ?? throw new ArgumentException($"no row {rowKey} in {tableId}");
        var old = row[column] ?? 0m;
        var changed = table with
        {
            Rows = table.Rows.Select(r => r.Key != rowKey ? r : r with
            {
                Cells = new Dictionary<string, decimal?>(r.Cells) { [column] = old + delta },
            }).ToList(),
        };
        return (tables.Select(t => t.Id == tableId ? changed : t).ToList(), old);
    }

    private static IReadOnlyList<Table> Derive(string sample, string profile)
    {
        var dataset = DatasetJson.ReadFile(RepoPaths.Sample(sample));
        return TableDeriver.Derive(dataset, ShippedClassifications.ForYear(dataset.Year), ShippedProfiles.Get(profile));
    }
}
