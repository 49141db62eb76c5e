using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>
/// Reads performance-target forms from their text rendering (tab-separated table lines, as the auditor reads
/// documents). The template is given, or picked by the texts every form of a layout contains; one document may
/// hold several forms (seed 002: the department form and the project summary table; a Hubei document: the department
/// form and one project form per project).
/// </summary>
public static class FormTextReader
{
    public static IReadOnlyList<PerformanceForm> Read(string text, string? templateId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var whole = FormText.Parse(text);
        var templates = templateId is null
            ? ShippedTargetData.Templates.Where(t => t.Markers.All(m => text.Contains(m, StringComparison.Ordinal))).ToList()
            : [ShippedTargetData.Template(templateId)];
        if (templates.Count == 0)
        {
            throw new InputException($"认不出这是哪一种绩效目标表：没有一个式样的标志文字全都出现。请用 --template 指定式样：{string.Join("、", ShippedTargetData.Templates.Select(t => t.Id))}。");
        }

        var titles = ShippedTargetData.Templates.Select(t => t.Title).ToHashSet(StringComparer.Ordinal);
        return templates.SelectMany(t => Parts(whole, t, titles).Select(part => Read(part, t))).ToList();
    }

    /// <summary>The template's forms in the text: the part under its start heading, else one part per titled form, else the whole text.</summary>
    private static IReadOnlyList<FormText> Parts(FormText whole, FormTemplate template, IReadOnlyCollection<string> titles)
    {
        if (template.Start is not null)
        {
            return [whole.Part(template.Start)];
        }

        var forms = whole.Forms(template.Title, titles, template.Markers);
        return forms.Count > 0 ? forms : [whole];
    }

    private static PerformanceForm Read(FormText text, FormTemplate template) => template.Layout switch
    {
        "hubei-department" => HubeiDepartmentReader.Read(text, template),
        "zhengzhou-department" => ZhengzhouReader.Read(text, template),
        "henan-department" => HenanDepartmentReader.Read(text, template),
        "henan-project-summary" => ProjectSummaryReader.Read(text, template),
        "hubei-project" => HubeiProjectReader.Read(text, template),
        _ => throw new InputException($"式样 {template.Id} 的版式 {template.Layout} 不认识；可用的版式：hubei-department、zhengzhou-department、henan-department、henan-project-summary、hubei-project。"),
    };
}
