using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents.Docx;

/// <summary>
/// Which paragraphs are headings: a heading style (Heading 1…, 标题 1…), an outline level on the paragraph or its
/// style, or a short paragraph that is bold throughout (how table titles and the cover are set).
/// </summary>
internal sealed class DocxHeadings
{
    private const int MaxBoldHeadingLength = 60;
    private readonly Dictionary<string, Style> styles;

    public DocxHeadings(MainDocumentPart part)
    {
        styles = part.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
    }

    /// <summary>The heading level (1 highest), or null for body text.</summary>
    public int? LevelOf(Paragraph paragraph, string text)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 10 && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (LevelOfName(style.StyleName?.Val?.Value ?? styleId) is { } named)
            {
                return named;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9)
            {
                return level + 1;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return IsBoldThroughout(paragraph) && text.Length <= MaxBoldHeadingLength ? 1 : null;
    }

    private static int? LevelOfName(string name)
    {
        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        foreach (var prefix in new[] { "heading", "标题", "title" })
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = compact[prefix.Length..];
                return rest.Length == 0 ? 1 : int.TryParse(rest, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 10 ? n : null;
            }
        }

        return null;
    }

    private bool IsBoldThroughout(Paragraph paragraph)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        var paragraphBold = IsOn(paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Bold>());
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } bold ? IsOn(bold) : paragraphBold || StyleBold(r));
    }

    private bool StyleBold(Run run) =>
        run.RunProperties?.RunStyle?.Val?.Value is { } id && styles.TryGetValue(id, out var style)
        && IsOn(style.StyleRunProperties?.Bold);

    private static bool IsOn(Bold? bold) => bold is not null && (bold.Val is null || bold.Val.Value);
}
