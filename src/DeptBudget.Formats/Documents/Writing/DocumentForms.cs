using DeptBudget.Core.Writing;
using DeptBudget.Formats.Targets.Writing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>A form of the performance part laid out for print: as the forms' own writers lay it out, without the template id the xlsx keeps for reading back.</summary>
internal static class DocumentForms
{
    public static FormLayout Layout(TargetFormBlock form)
    {
        var layout = FormLayoutBuilder.Build(form.Form, form.Template);
        return layout with { Header = layout.Header.Where(h => h.Label != FormLayoutNames.Template).ToList() };
    }
}
