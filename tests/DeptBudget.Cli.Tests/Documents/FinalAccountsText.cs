using System.Text;
using DeptBudget.Core.Documents;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>A document as the text reader reads it: headings as “# ”, paragraphs as lines, table rows tab-separated.</summary>
internal static class FinalAccountsText
{
    public static string Of(SourceDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    text.Append("# ").Append(h.Text).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    text.Append(p.Text.Replace('\n', ' ')).Append("\n\n");
                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                    {
                        text.Append(string.Join('\t', row.Cells.Select(c => c.Replace('\n', ' ')))).Append('\n');
                    }

                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
