using DeptBudget.Core.Documents;

namespace DeptBudget.Core.Narrative;

/// <summary>
/// Reads the headings and paragraphs of a <see cref="SourceDocument"/> into a <see cref="NarrativeDocument"/>; plain
/// text (Markdown-ish headings, numbered headings, tab-separated table lines, blank lines between paragraphs) is first
/// read into blocks by <see cref="TextDocumentParser"/>, so there is one way of reading text.
/// </summary>
public static class NarrativeReader
{
    public static NarrativeDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(TextDocumentParser.Parse(text, ""));
    }

    /// <summary>The narrative of a document as any reader gives it: its headings and paragraphs; tables are counted.</summary>
    public static NarrativeDocument Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new Builder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TableBlock table:
                    builder.EndParagraph();
                    builder.Tables++;
                    builder.TableLines += table.Rows.Count;
                    break;
                case HeadingBlock heading:
                    Headings.TryRead(heading.Text, out var numbering, out _);
                    builder.StartSection(numbering, heading.Text);
                    break;
                case ParagraphBlock paragraph:
                    var lines = paragraph.Text.Split('\n');
                    for (var i = 0; i < lines.Length; i++)
                    {
                        builder.AddLine(lines[i], paragraph.Position.Line + i, paragraph.Position.Page);
                    }

                    builder.EndParagraph();
                    break;
            }
        }

        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly List<NarrativeSection> sections = [];
        private readonly List<NarrativeParagraph> paragraphs = [];
        private readonly List<NarrativeSentence> sentences = [];
        private string? numbering;
        private string? heading;

        public int Tables { get; set; }

        public int TableLines { get; set; }

        public void StartSection(string? newNumbering, string newHeading)
        {
            EndSection();
            numbering = newNumbering;
            heading = newHeading;
        }

        public void AddLine(string line, int lineNumber, int? page)
        {
            foreach (var (text, endsStatement) in SentenceSplitter.Split(line))
            {
                sentences.Add(new NarrativeSentence
                {
                    Section = sections.Count,
                    SectionHeading = heading,
                    Paragraph = paragraphs.Count + 1,
                    Number = sentences.Count + 1,
                    Line = lineNumber,
                    Page = page,
                    Text = text,
                    EndsStatement = endsStatement,
                });
            }
        }

        public void EndParagraph()
        {
            if (sentences.Count > 0)
            {
                paragraphs.Add(new NarrativeParagraph(paragraphs.Count + 1, [.. sentences]));
                sentences.Clear();
            }
        }

        public NarrativeDocument Build()
        {
            EndSection();
            return new NarrativeDocument { Sections = sections, TableCount = Tables, TableLineCount = TableLines };
        }

        private void EndSection()
        {
            EndParagraph();
            if (paragraphs.Count > 0 || heading is not null)
            {
                sections.Add(new NarrativeSection(sections.Count, numbering, heading, [.. paragraphs]));
            }

            paragraphs.Clear();
        }
    }
}
