using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>三公经费: per unit, this year's and last year's four amounts.</summary>
internal sealed class ThreePublicSheet : TableSheet<ThreePublicLine>
{
    private static readonly (string Label, string Field)[] Items4 =
    [
        ("因公出国（境）费", "abroad"), ("公务用车购置费", "vehiclePurchase"), ("公务用车运行维护费", "vehicleOperation"), ("公务接待费", "reception"),
    ];

    public override string Name => "三公经费";

    public override string Collection => DatasetCollections.ThreePublic;

    public override string Purpose => "每个单位一行，填写本年预算数和上年预算数；合计和“公务用车购置及运行费”由程序计算。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("单位编码", "unit", CellKind.Text, 12, List: ListKey.Units),
        .. Items4.Select(i => new EntryColumn("本年" + i.Label, "thisYear." + i.Field, CellKind.Amount, 16)),
        .. Items4.Select(i => new EntryColumn("上年" + i.Label, "lastYear." + i.Field, CellKind.Amount, 16)),
    ];

    public override IReadOnlyList<ThreePublicLine> Items(BudgetDataset dataset) => dataset.ThreePublic;

    public override object?[] ToRow(ThreePublicLine item, CodeNames names) =>
    [
        item.Unit,
        item.ThisYear.Abroad, item.ThisYear.VehiclePurchase, item.ThisYear.VehicleOperation, item.ThisYear.Reception,
        item.LastYear.Abroad, item.LastYear.VehiclePurchase, item.LastYear.VehicleOperation, item.LastYear.Reception,
    ];

    public override ThreePublicLine FromRow(RowView row) => new()
    {
        Unit = row.RequiredText("unit", "单位编码"),
        ThisYear = Amounts(row, "thisYear."),
        LastYear = Amounts(row, "lastYear."),
    };

    private static ThreePublicAmounts Amounts(RowView row, string prefix) => new()
    {
        Abroad = row.Amount(prefix + "abroad"),
        VehiclePurchase = row.Amount(prefix + "vehiclePurchase"),
        VehicleOperation = row.Amount(prefix + "vehicleOperation"),
        Reception = row.Amount(prefix + "reception"),
    };
}
