using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>政府采购: procurement budget lines; every amount in 元 whatever the dataset's amount unit.</summary>
internal sealed class ProcurementSheet : TableSheet<ProcurementLine>
{
    public override string Name => "政府采购";

    public override string Collection => DatasetCollections.Procurement;

    public override string Purpose =>
        "每个采购品目一行，金额一律以元为单位；品目编码以 A（货物）、B（工程）、C（服务）开头，可写成“[A02010105]台式计算机”。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("单位编码", "unit", CellKind.Text, 12, List: ListKey.Units),
        new("项目编码", "project", CellKind.Text, 26, Required: false, List: ListKey.Projects),
        new("采购项目名称", "name", CellKind.Text, 26, Required: false),
        new("品目编码", "itemCode", CellKind.Text, 14),
        new("品目名称", "itemName", CellKind.Text, 22, Required: false),
        new("功能分类科目", "function", CellKind.Code, 30, Required: false, List: ListKey.Functions),
        new("经济分类科目", "economic", CellKind.Code, 26, Required: false, List: ListKey.Economics),
        new("数量", "quantity", CellKind.Quantity, 10, Required: false),
        new("单价（元）", "unitPrice", CellKind.Amount, 16, Required: false),
        new("金额（元）", "amount", CellKind.Amount, 18),
        new("面向中小企业预留金额（元）", "smeAmount", CellKind.Amount, 18, Required: false),
        new("其中：面向小微企业（元）", "microAmount", CellKind.Amount, 18, Required: false),
    ];

    public override IReadOnlyList<ProcurementLine> Items(BudgetDataset dataset) => dataset.Procurement;

    public override object?[] ToRow(ProcurementLine item, CodeNames names) =>
    [
        item.Unit, item.Project, item.Name, item.ItemCode, item.ItemName,
        item.Function is { } f ? names.Function(f) : null, item.Economic is { } e ? names.Economic(e) : null,
        item.Quantity, item.UnitPrice, item.Amount, item.SmeAmount, item.MicroAmount,
    ];

    public override ProcurementLine FromRow(RowView row)
    {
        var unit = row.RequiredText("unit", "单位编码");
        var (itemCode, itemName) = CellText.SplitItem(row.RequiredText("itemCode", "品目编码"));
        var name = row.Text("itemName") ?? itemName;
        if (name is null && !row.Failed)
        {
            row.Error("itemName", "未填写品目名称（如“台式计算机”）。也可在品目编码列写成“[A02010105]台式计算机”。");
        }

        return new ProcurementLine
        {
            Unit = unit,
            Project = row.Text("project"),
            Name = row.Text("name"),
            ItemCode = itemCode,
            ItemName = name ?? "",
            Function = row.Function("function", required: false),
            Economic = row.Economic("economic", required: false),
            Quantity = row.Amount("quantity"),
            UnitPrice = row.Amount("unitPrice"),
            Amount = row.Amount("amount"),
            SmeAmount = row.Amount("smeAmount"),
            MicroAmount = row.Amount("microAmount"),
        };
    }
}
