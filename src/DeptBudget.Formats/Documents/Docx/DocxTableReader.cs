using DeptBudget.Core.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents.Docx;

/// <summary>
/// A Word table as rows of cell texts on its grid: a horizontally merged cell (gridSpan) and the continued cells of a
/// vertical merge (vMerge) read as "", so every row lines up with the columns of the text rendering.
/// </summary>
internal static class DocxTableReader
{
    public static IReadOnlyList<string> ReadRow(TableRow row)
    {
        var cells = new List<string>();
        var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        cells.AddRange(Enumerable.Repeat(string.Empty, before));
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continued = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(continued ? string.Empty : DocxText.Of(cell));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            cells.AddRange(Enumerable.Repeat(string.Empty, Math.Max(0, span - 1)));
        }

        return cells;
    }

    public static bool IsEmpty(IReadOnlyList<string> cells) => cells.All(c => c.Length == 0);

    public static TableBlockRow Row(IReadOnlyList<string> cells, SourcePosition position) => new(cells, position);
}
