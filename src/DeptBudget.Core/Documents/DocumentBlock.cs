namespace DeptBudget.Core.Documents;

/// <summary>One block of a <see cref="SourceDocument"/>, in reading order.</summary>
public abstract record DocumentBlock(SourcePosition Position);

/// <summary>
/// A heading: a Word heading style, a Markdown <c>#</c> line, a numbered line such as 一、 or （一）, a table title.
/// <see cref="Level"/> is 1 for the highest; readers that cannot tell give 1.
/// </summary>
public sealed record HeadingBlock(string Text, int Level, SourcePosition Position) : DocumentBlock(Position);

/// <summary>A paragraph of running text; lines a PDF or a text file broke inside a sentence are joined.</summary>
public sealed record ParagraphBlock(string Text, SourcePosition Position) : DocumentBlock(Position);

/// <summary>
/// A table as printed: rows of cell texts exactly as read (not yet parsed as numbers). A merged cell's text is in its
/// first (top-left) cell and the other cells of the merge are empty strings, as in a tab-separated rendering.
/// Rows may have fewer cells than others; recognition says so instead of guessing.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableBlockRow> Rows, SourcePosition Position) : DocumentBlock(Position);

public sealed record TableBlockRow(IReadOnlyList<string> Cells, SourcePosition Position);
