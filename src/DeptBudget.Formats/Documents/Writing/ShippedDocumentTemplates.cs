using DeptBudget.Core.Writing;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// The document templates shipped with the program (embedded data/narrative/templates/PROFILE/ and
/// data/documents/glossary/PROFILE.tsv), by profile id, with the target-form templates of the performance part.
/// </summary>
public static class ShippedDocumentTemplates
{
    private const string TemplatesPrefix = "data/narrative/templates/";

    public static IReadOnlyList<string> Ids { get; } = typeof(ShippedDocumentTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(TemplatesPrefix, StringComparison.Ordinal) && n.EndsWith("/document.tsv", StringComparison.Ordinal))
        .Select(n => n[TemplatesPrefix.Length..^"/document.tsv".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static DocumentTemplate Get(string profileId)
    {
        if (!Ids.Contains(profileId, StringComparer.Ordinal))
        {
            throw new InputException($"式样 {profileId} 没有说明模板（data/narrative/templates/{profileId}/）；有模板的式样：{string.Join("、", Ids)}。");
        }

        var folder = TemplatesPrefix + profileId + "/";
        var sections = typeof(ShippedDocumentTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .ToDictionary(n => n[folder.Length..^".txt".Length], Read, StringComparer.Ordinal);
        var glossary = $"data/documents/glossary/{profileId}.tsv";
        try
        {
            var template = DocumentTemplateReader.Read(profileId, Read(folder + "document.tsv"), sections, Exists(glossary) ? Read(glossary) : null, folder + "document.tsv");
            return template with { TargetForms = template.TargetFormIds.Select(ShippedTargetData.Template).ToList() };
        }
        catch (TemplateException ex)
        {
            throw new InputException(ex.Message, ex);
        }
    }

    private static bool Exists(string resource) => typeof(ShippedDocumentTemplates).Assembly.GetManifestResourceInfo(resource) is not null;

    private static string Read(string resource)
    {
        using var stream = typeof(ShippedDocumentTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
