using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>单位信息: the budget units with their kind and staffing (编制和人员).</summary>
internal sealed class UnitsSheet : TableSheet<BudgetUnit>
{
    public override string Name => "单位信息";

    public override string Collection => DatasetCollections.Units;

    public override string Purpose => "每个预算单位一行（部门本级和二级单位）；编制和人员可空，空白表示未提供。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("单位编码", "code", CellKind.Text, 12),
        new("单位名称", "name", CellKind.Text, 36),
        new("单位性质", "kind", CellKind.Choice, 26, List: ListKey.UnitKinds),
        .. StaffingColumns.All,
    ];

    public override IReadOnlyList<BudgetUnit> Items(BudgetDataset dataset) => dataset.Units;

    public override object?[] ToRow(BudgetUnit item, CodeNames names) =>
        [item.Code, item.Name, EntryLabels.UnitKinds.LabelOf(item.Kind), .. StaffingColumns.Values(item.Staffing)];

    public override BudgetUnit FromRow(RowView row) => new()
    {
        Code = row.RequiredText("code", "单位编码"),
        Name = row.RequiredText("name", "单位名称"),
        Kind = row.Choice("kind", EntryLabels.UnitKinds),
        Staffing = StaffingColumns.Read(row),
    };
}
