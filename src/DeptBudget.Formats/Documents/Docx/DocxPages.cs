using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents.Docx;

/// <summary>
/// Where a .docx says its pages break: the breaks Word rendered when it last saved the file, or else the explicit page
/// breaks. Word writes both at a manual break, so only one kind is counted. A file with neither has no known pages.
/// </summary>
internal sealed class DocxPages
{
    private readonly bool rendered;

    private DocxPages(bool known, bool rendered)
    {
        Known = known;
        this.rendered = rendered;
    }

    public bool Known { get; }

    public static DocxPages For(Body body)
    {
        var rendered = body.Descendants<LastRenderedPageBreak>().Any();
        return new DocxPages(rendered || body.Descendants<Break>().Any(IsPageBreak), rendered);
    }

    public int BreaksIn(OpenXmlElement element) =>
        rendered ? element.Descendants<LastRenderedPageBreak>().Count() : element.Descendants<Break>().Count(IsPageBreak);

    /// <summary>The breaks before the element's first text: the element starts on the page after them.</summary>
    public int LeadingBreaksIn(OpenXmlElement element)
    {
        var count = 0;
        foreach (var descendant in element.Descendants())
        {
            if (descendant is Text { Text.Length: > 0 })
            {
                break;
            }

            if (rendered ? descendant is LastRenderedPageBreak : descendant is Break b && IsPageBreak(b))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsPageBreak(Break b) => b.Type?.Value == BreakValues.Page;
}
