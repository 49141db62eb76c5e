using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>支出明细: unit × 功能分类 项 × 经济分类 款 × kind × source → amount. Also the TSV format's columns.</summary>
internal sealed class ExpendituresSheet : TableSheet<ExpenditureLine>
{
    public override string Name => "支出明细";

    public override string Collection => DatasetCollections.Expenditures;

    public override string Purpose =>
        "每条支出明细一行：功能分类到项（7 位），经济分类到款（5 位）；项目支出须填项目编码；“支出对象”空白时按单位性质确定。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("单位编码", "unit", CellKind.Text, 12, List: ListKey.Units),
        new("功能分类科目", "function", CellKind.Code, 36, List: ListKey.Functions),
        new("经济分类科目", "economic", CellKind.Code, 30, List: ListKey.Economics),
        new("支出类型", "kind", CellKind.Choice, 18, List: ListKey.ExpenditureKinds),
        new("资金来源", "source", CellKind.Choice, 22, List: ListKey.Sources),
        new("是否上年结转", "carryOver", CellKind.YesNo, 12, Required: false, List: ListKey.YesNo),
        new("项目编码", "project", CellKind.Text, 26, Required: false, List: ListKey.Projects),
        new("支出对象", "body", CellKind.Choice, 12, Required: false, List: ListKey.Bodies),
        new("金额", "amount", CellKind.Amount, 16),
    ];

    public override IReadOnlyList<ExpenditureLine> Items(BudgetDataset dataset) => dataset.Expenditures;

    public override object?[] ToRow(ExpenditureLine item, CodeNames names) =>
    [
        item.Unit, names.Function(item.Function), names.Economic(item.Economic), EntryLabels.ExpenditureKinds.LabelOf(item.Kind),
        EntryLabels.Sources.LabelOf(item.Source), item.CarryOver, item.Project,
        item.Body is { } body ? EntryLabels.Bodies.LabelOf(body) : null, item.Amount,
    ];

    public override ExpenditureLine FromRow(RowView row) => new()
    {
        Unit = row.RequiredText("unit", "单位编码"),
        Function = row.Function("function", required: true) ?? default,
        Economic = row.Economic("economic", required: true) ?? default,
        Kind = row.Choice("kind", EntryLabels.ExpenditureKinds),
        Source = row.Choice("source", EntryLabels.Sources),
        CarryOver = row.YesNo("carryOver"),
        Project = row.Text("project"),
        Body = row.OptionalChoice("body", EntryLabels.Bodies),
        Amount = row.Amount("amount"),
    };
}
