using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents.Docx;

/// <summary>The text of a Word paragraph or table cell as printed: runs, tabs and line breaks, full-width characters as they are.</summary>
internal static class DocxText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            // A drawing's text is stored twice (the shape and its fallback picture): read the shape only.
            if (element.Ancestors<AlternateContentFallback>().Any())
            {
                continue;
            }

            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>A cell's paragraphs joined as one line, as a text rendering shows the cell.</summary>
    public static string Of(TableCell cell) => TextJoin.Join(cell.Elements<Paragraph>().Select(Of).Where(t => t.Length > 0));
}
