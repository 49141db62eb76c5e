using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>车辆: vehicles held (国有资产占用), by kind.</summary>
internal sealed class VehiclesSheet : TableSheet<VehicleCount>
{
    public override string Name => "车辆";

    public override string Collection => DatasetCollections.Vehicles;

    public override string Purpose => "国有资产占用情况中的车辆，每种车辆一行（截至日期在“部门信息”中填写）。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("车辆类型", "kind", CellKind.Text, 22, List: ListKey.VehicleKinds),
        new("数量（辆）", "count", CellKind.Count, 12),
    ];

    public override IReadOnlyList<VehicleCount> Items(BudgetDataset dataset) => dataset.Assets?.Vehicles ?? [];

    public override object?[] ToRow(VehicleCount item, CodeNames names) => [item.Kind, item.Count];

    public override VehicleCount FromRow(RowView row) => new()
    {
        Kind = row.RequiredText("kind", "车辆类型"),
        Count = row.Count("count"),
    };
}
