namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>One row of a form sheet (项目 | 内容 | 说明): a labelled value of the dataset.</summary>
/// <param name="Collection">The dataset part the value belongs to, as findings name it ("department", "assets").</param>
/// <param name="Field">The field's JSON name within that part ("staffing.retired").</param>
internal sealed record FormField(string Label, string Collection, string Field, CellKind Kind, string Note = "", ListKey? List = null);
