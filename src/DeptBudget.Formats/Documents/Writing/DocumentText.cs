using System.Text;
using DeptBudget.Core.Writing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// The document's text without its tables, as Markdown-like plain text (# part, ## 一、 and the performance part's form
/// titles, ### （一）): what the
/// narrative checks read (NarrativeReview) and what the golden narrative files hold.
/// </summary>
public static class DocumentText
{
    public static string Write(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append("# ").Append(document.Title).Append("\n\n").Append(document.Date).Append("\n\n");
        foreach (var finding in document.Banner)
        {
            text.Append(DocumentBanner.Title).Append('：').Append(DocumentBanner.Line(finding)).Append("\n\n");
        }

        foreach (var part in document.Parts.Where(p => !p.Blocks.OfType<TableBlock>().Any()))
        {
            text.Append("# ").Append(part.FullHeading).Append("\n\n");
            foreach (var block in part.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        text.Append(new string('#', heading.Level)).Append(' ').Append(heading.Text).Append("\n\n");
                        break;
                    case ParagraphBlock paragraph:
                        text.Append(paragraph.Text).Append("\n\n");
                        break;
                    case TargetFormBlock form:
                        text.Append("## ").Append(DocumentForms.Title(form)).Append("\n\n");
                        break;
                    default:
                        break;
                }
            }
        }

        return text.ToString();
    }
}
