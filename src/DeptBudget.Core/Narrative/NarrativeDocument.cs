namespace DeptBudget.Core.Narrative;

/// <summary>
/// A narrative (情况说明) as read from text: sections → paragraphs → sentences, each sentence with its exact source
/// text and where it stands. Where the text came from (a .txt, a .docx, a generator) is not part of the model.
/// </summary>
public sealed record NarrativeDocument
{
    public required IReadOnlyList<NarrativeSection> Sections { get; init; }

    /// <summary>Tables met in the text (blocks of tab-separated lines); they are skipped, not read.</summary>
    public int TableCount { get; init; }

    /// <summary>Tab-separated lines skipped.</summary>
    public int TableLineCount { get; init; }

    public IEnumerable<NarrativeSentence> Sentences => Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences);
}

/// <summary>A section under one heading; section 0 holds the text before the first heading and has no heading.</summary>
public sealed record NarrativeSection(int Index, string? Numbering, string? Heading, IReadOnlyList<NarrativeParagraph> Paragraphs);

/// <summary>A paragraph: lines of text between blank lines, headings and tables.</summary>
public sealed record NarrativeParagraph(int Number, IReadOnlyList<NarrativeSentence> Sentences);

/// <summary>
/// One sentence, split on 。；！？ and at line ends. <see cref="EndsStatement"/> is false when it ended on ；
/// (a list item of a longer statement: “其中：A …；B …。” keeps its whole across the ；).
/// </summary>
public sealed record NarrativeSentence
{
    public required int Section { get; init; }

    /// <summary>The heading of its section as printed (without Markdown marks), e.g. “三、支出预算总体情况说明”.</summary>
    public string? SectionHeading { get; init; }

    /// <summary>1-based within the section.</summary>
    public required int Paragraph { get; init; }

    /// <summary>1-based within the paragraph.</summary>
    public required int Number { get; init; }

    /// <summary>1-based line of the source text where the sentence starts.</summary>
    public required int Line { get; init; }

    /// <summary>The page of a PDF the sentence is on (its line is then the line on that page); null for other sources.</summary>
    public int? Page { get; init; }

    /// <summary>The exact source text, with its closing punctuation.</summary>
    public required string Text { get; init; }

    public bool EndsStatement { get; init; } = true;
}
