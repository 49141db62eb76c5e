using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>项目: the 项目库 entries the project expenditure lines name.</summary>
internal sealed class ProjectsSheet : TableSheet<Project>
{
    public override string Name => "项目";

    public override string Collection => DatasetCollections.Projects;

    public override string Purpose => "每个项目一行；项目编码按文本填写（长编码不会丢位）；本年预算由“支出明细”中该项目的各行合计得出。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("项目编码", "code", CellKind.Text, 26),
        new("项目名称", "name", CellKind.Text, 36),
        new("单位编码", "unit", CellKind.Text, 12, List: ListKey.Units),
        new("项目类别", "category", CellKind.Choice, 24, List: ListKey.ProjectCategories),
        new("项目期限", "recurrence", CellKind.Choice, 10, List: ListKey.Recurrences),
        new("项目总预算", "totalBudget", CellKind.Amount, 16, Required: false),
        new("主要支出方向和用途", "purpose", CellKind.Text, 50, Required: false),
    ];

    public override IReadOnlyList<Project> Items(BudgetDataset dataset) => dataset.Projects;

    public override object?[] ToRow(Project item, CodeNames names) =>
    [
        item.Code, item.Name, item.Unit, EntryLabels.ProjectCategories.LabelOf(item.Category),
        EntryLabels.Recurrences.LabelOf(item.Recurrence), item.TotalBudget, item.Purpose,
    ];

    public override Project FromRow(RowView row) => new()
    {
        Code = row.RequiredText("code", "项目编码"),
        Name = row.RequiredText("name", "项目名称"),
        Unit = row.RequiredText("unit", "单位编码"),
        Category = row.Choice("category", EntryLabels.ProjectCategories),
        Recurrence = row.Choice("recurrence", EntryLabels.Recurrences),
        TotalBudget = row.OptionalAmount("totalBudget"),
        Purpose = row.Text("purpose"),
    };
}
