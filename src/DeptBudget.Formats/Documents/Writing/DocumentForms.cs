using DeptBudget.Core.Targets;
using DeptBudget.Core.Writing;
using DeptBudget.Formats.Targets.Writing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>A form of the performance part laid out for print: as the forms' own writers lay it out, without the template id the xlsx keeps for reading back.</summary>
internal static class DocumentForms
{
    /// <summary>The layout as <c>targets render</c> prints it, its title naming the project when the form is one project's (hubei prints one such form per project).</summary>
    public static FormLayout Layout(TargetFormBlock form)
    {
        var layout = FormLayoutBuilder.Build(form.Form, form.Template);
        return layout with { Title = Title(form), Header = layout.Header.Where(h => h.Label != FormLayoutNames.Template).ToList() };
    }

    /// <summary>The form's printed title, which is also its entry in the contents: “项目支出绩效目标申报表（保障服务大厅正常运转）”.</summary>
    public static string Title(TargetFormBlock form) =>
        form.Form.Kind == FormKind.Project && form.Form.Projects is [var project] && project.Name.Length > 0
            ? $"{form.Form.Title}（{project.Name}）"
            : form.Form.Title;

    /// <summary>What the contents lists under a part: its sections (level-2 headings) and the performance part's forms.</summary>
    public static string? ContentsEntry(PartBlock block) => block switch
    {
        HeadingBlock { Level: 2 } heading => heading.Text,
        TargetFormBlock form => Title(form),
        _ => null,
    };
}
