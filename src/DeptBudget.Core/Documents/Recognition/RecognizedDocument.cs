using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>What was recognised in a <see cref="SourceDocument"/>: its own title, department, year and unit, the
/// standard tables read into the core's <see cref="Table"/>, and what could not be read.</summary>
public sealed record RecognizedDocument
{
    public string? Title { get; init; }
    public string? Department { get; init; }
    public int? Year { get; init; }
    public string? Unit { get; init; }
    public required string Profile { get; init; }
    /// <summary>Why this profile: given, or what in the document chose it.</summary>
    public required string ProfileReason { get; init; }

    /// <summary>The kind of the profile the document was read with: a budget, or final accounts (决算).</summary>
    public Profiles.DisclosureKind Kind { get; init; }
    public required IReadOnlyList<RecognizedTable> Tables { get; init; }
    /// <summary>Standard tables whose title is printed but which have no table under it.</summary>
    public IReadOnlyList<PrintedTitle> TitlesWithoutTable { get; init; } = [];
    /// <summary>Table blocks that are no standard table (performance forms, …), with their title where there is one.</summary>
    public IReadOnlyList<PrintedTitle> OtherTables { get; init; } = [];
    /// <summary>Entries of the contents (目录) that name a table.</summary>
    public IReadOnlyList<PrintedTitle> Contents { get; init; } = [];
    public IReadOnlyList<RecognitionProblem> Problems { get; init; } = [];
}

/// <summary>A standard table read from the document, with where it stands.</summary>
public sealed record RecognizedTable(Table Table, SourcePosition Position, string? PrintedNumber, string PrintedTitle)
{
    /// <summary>Source line of each row, by row key.</summary>
    public IReadOnlyDictionary<string, SourcePosition> RowPositions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>The note printed under the table (说明：…, 注：…), if any.</summary>
    public string? Note { get; init; }
}

/// <summary>A title (or contents entry) as printed, the standard table it names (null for none) and where it is.</summary>
public sealed record PrintedTitle(string Text, string? TableId, SourcePosition Position);

/// <summary>Something in a table that could not be read, in Chinese, with the table, row and column.</summary>
public sealed record RecognitionProblem(string Message, SourcePosition Position)
{
    /// <summary>The rule id its finding carries: document-unreadable, or document-function-label for a class name.</summary>
    public string RuleId { get; init; } = "document-unreadable";

    /// <summary>True when the table was still read as printed and this only says how (a notice, not a warning).</summary>
    public bool IsNotice { get; init; }

    public string? TableId { get; init; }
    public string? TableTitle { get; init; }
    public string? RowLabel { get; init; }
    public string? ColumnLabel { get; init; }
    /// <summary>The cell or line as printed.</summary>
    public string? Source { get; init; }
}
