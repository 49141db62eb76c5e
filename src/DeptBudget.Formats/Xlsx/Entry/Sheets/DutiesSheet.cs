using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>职责和机构: the department's duties (主要职责) and internal offices (内设机构), one per row, in order.</summary>
internal sealed class DutiesSheet : TableSheet<(bool IsOffice, string Text)>
{
    public const string Functions = "department.functions";

    public override string Name => "职责和机构";

    public override string Collection => Functions;

    public override string Purpose => "部门的主要职责（每条一行，按顺序，不必写编号）和内设机构（每个一行）。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("类别", "kind", CellKind.Choice, 12, List: ListKey.DutyKinds),
        new("内容", "text", CellKind.Text, 100),
    ];

    public override IReadOnlyList<(bool IsOffice, string Text)> Items(BudgetDataset dataset) =>
        [.. dataset.Department.Functions.Select(f => (false, f)), .. dataset.Department.Offices.Select(o => (true, o))];

    public override object?[] ToRow((bool IsOffice, string Text) item, CodeNames names) =>
        [EntryLabels.DutyKinds[item.IsOffice ? 1 : 0], item.Text];

    public override (bool IsOffice, string Text) FromRow(RowView row)
    {
        var kind = row.RequiredText("kind", "类别（主要职责或内设机构）");
        var text = row.RequiredText("text", "内容");
        if (kind.Length > 0 && !EntryLabels.DutyKinds.Contains(kind))
        {
            row.Error("kind", $"“{kind}”应为“主要职责”或“内设机构”。");
        }

        return (kind == EntryLabels.DutyKinds[1], text);
    }
}
