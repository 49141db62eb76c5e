namespace DeptBudget.Core.Documents;

/// <summary>
/// A published document as read from its file, before anything is recognised in it: headings, paragraphs and tables
/// in reading order. Every reader (text, .docx, .xlsx, .pdf) produces this; table recognition, narrative reading and
/// the document checks work on it alone, so they do not know which file format the document came in.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The file name as the user gave it, for messages.</summary>
    public required string FileName { get; init; }

    public required SourceFormat Format { get; init; }

    public required IReadOnlyList<DocumentBlock> Blocks { get; init; }

    /// <summary>What the reader could not read (a page with no text layer, an unreadable cell …), in Chinese.</summary>
    public IReadOnlyList<SourceProblem> Problems { get; init; } = [];

    /// <summary>Pages of a PDF, sheets of a workbook; null where the format has none.</summary>
    public int? PageCount { get; init; }
}

public enum SourceFormat
{
    Text,
    Docx,
    Xlsx,
    Pdf,
}

/// <summary>Where a block or table row is in the source: a 1-based line of a text file, paragraph of a .docx, row of a
/// sheet or line of a PDF page; the page (PDF) or sheet name (xlsx) where there is one.</summary>
public sealed record SourcePosition(int Line, int? Page = null, string? Sheet = null);

/// <summary>Something a reader could not read, with where it is.</summary>
public sealed record SourceProblem(string Message, SourcePosition? Position = null);
