using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>专项转移支付 managed by the department.</summary>
internal sealed class SpecialTransfersSheet : TableSheet<SpecialTransfer>
{
    public override string Name => "专项转移支付";

    public override string Collection => DatasetCollections.SpecialTransfers;

    public override string Purpose => "本部门管理的专项转移支付，每项一行。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("专项转移支付名称", "name", CellKind.Text, 40),
        new("金额", "amount", CellKind.Amount, 16),
    ];

    public override IReadOnlyList<SpecialTransfer> Items(BudgetDataset dataset) => dataset.SpecialTransfers;

    public override object?[] ToRow(SpecialTransfer item, CodeNames names) => [item.Name, item.Amount];

    public override SpecialTransfer FromRow(RowView row) => new()
    {
        Name = row.RequiredText("name", "专项转移支付名称"),
        Amount = row.Amount("amount"),
    };
}
