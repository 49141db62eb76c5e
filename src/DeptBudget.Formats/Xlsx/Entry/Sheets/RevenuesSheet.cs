using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>收入: one unit's income from one source, this year's or carried over (上年结转结余).</summary>
internal sealed class RevenuesSheet : TableSheet<RevenueLine>
{
    public override string Name => "收入";

    public override string Collection => DatasetCollections.Revenues;

    public override string Purpose => "每个单位每种收入来源一行；上年结转结余另起一行，“是否上年结转”填“是”。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("单位编码", "unit", CellKind.Text, 12, List: ListKey.Units),
        new("收入来源", "source", CellKind.Choice, 26, List: ListKey.Sources),
        new("是否上年结转", "carryOver", CellKind.YesNo, 12, Required: false, List: ListKey.YesNo),
        new("金额", "amount", CellKind.Amount, 16),
    ];

    public override IReadOnlyList<RevenueLine> Items(BudgetDataset dataset) => dataset.Revenues;

    public override object?[] ToRow(RevenueLine item, CodeNames names) =>
        [item.Unit, EntryLabels.Sources.LabelOf(item.Source), item.CarryOver, item.Amount];

    public override RevenueLine FromRow(RowView row) => new()
    {
        Unit = row.RequiredText("unit", "单位编码"),
        Source = row.Choice("source", EntryLabels.Sources),
        CarryOver = row.YesNo("carryOver"),
        Amount = row.Amount("amount"),
    };
}
