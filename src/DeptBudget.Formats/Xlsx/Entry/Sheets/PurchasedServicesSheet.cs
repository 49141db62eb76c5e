using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>政府购买服务.</summary>
internal sealed class PurchasedServicesSheet : TableSheet<PurchasedService>
{
    public override string Name => "政府购买服务";

    public override string Collection => DatasetCollections.PurchasedServices;

    public override string Purpose => "每项政府购买服务一行；属于某个项目的填项目编码。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("单位编码", "unit", CellKind.Text, 12, List: ListKey.Units),
        new("项目编码", "project", CellKind.Text, 26, Required: false, List: ListKey.Projects),
        new("服务名称", "name", CellKind.Text, 36),
        new("金额", "amount", CellKind.Amount, 16),
    ];

    public override IReadOnlyList<PurchasedService> Items(BudgetDataset dataset) => dataset.PurchasedServices;

    public override object?[] ToRow(PurchasedService item, CodeNames names) => [item.Unit, item.Project, item.Name, item.Amount];

    public override PurchasedService FromRow(RowView row) => new()
    {
        Unit = row.RequiredText("unit", "单位编码"),
        Project = row.Text("project"),
        Name = row.RequiredText("name", "服务名称"),
        Amount = row.Amount("amount"),
    };
}
