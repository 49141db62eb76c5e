using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Narrative;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Formats.Narrative;

/// <summary>
/// A narrative file checked against the key figures: its findings, and the <c>narrative</c> pseudo-table that
/// reviewers' rules can read. With no file, both are empty.
/// </summary>
public sealed record NarrativeReview(IReadOnlyList<Table> Tables, IReadOnlyList<Finding> Findings)
{
    public static NarrativeReview None { get; } = new([], []);

    /// <param name="path">The narrative text file (UTF-8 .txt or .md); null for none.</param>
    /// <param name="keyFigures">The key-figures table (Id key-figures); null checks the text against itself only.</param>
    /// <param name="staffing">The dataset's 编制和人员 the text's staffing counts are checked against; null for none.</param>
    /// <param name="tables">The derived tables, whose 一般公共预算支出表 rows the text's 类/款/项 items are checked against; null for none.</param>
    public static NarrativeReview Read(string? path, Table? keyFigures, Staffing? staffing = null, IReadOnlyList<Table>? tables = null) =>
        path is null ? None : Check(NarrativeFile.Read(path), keyFigures, staffing, tables);

    public static NarrativeReview Check(string text, Table? keyFigures, Staffing? staffing = null, IReadOnlyList<Table>? tables = null)
    {
        var vocabulary = ShippedSubjects.Vocabulary;
        var facts = FactReader.Read(NarrativeReader.Read(text), vocabulary);
        var rows = tables is null ? null : FunctionRows.Read(tables);
        return new NarrativeReview([NarrativeTable.From(facts, vocabulary)], NarrativeChecks.Run(facts, vocabulary, keyFigures, staffing, rows));
    }
}
