namespace DeptBudget.Core.Narrative;

/// <summary>
/// Reads plain text (as published documents are extracted: Markdown-ish headings, numbered headings,
/// tab-separated table lines, blank lines between paragraphs) into a <see cref="NarrativeDocument"/>.
/// </summary>
public static class NarrativeReader
{
    public static NarrativeDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new Builder();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                builder.EndParagraph();
                builder.TableLines++;
                builder.Tables += inTable ? 0 : 1;
                inTable = true;
                continue;
            }

            inTable = false;
            if (line.Trim().Length == 0)
            {
                builder.EndParagraph();
            }
            else if (Headings.TryRead(line, out var numbering, out var heading))
            {
                builder.StartSection(numbering, heading);
            }
            else
            {
                builder.AddLine(line, i + 1);
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

        public void AddLine(string line, int lineNumber)
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
