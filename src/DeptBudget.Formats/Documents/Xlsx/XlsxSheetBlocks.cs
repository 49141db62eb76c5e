using System.Globalization;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Documents.Xlsx;

/// <summary>
/// One sheet as blocks. The table starts at the first row with two or more filled cells that is not a caption line
/// (部门名称：…, 单位：万元); the rows above are its title: the first title line merged across columns (or else the
/// first that is not a caption) a heading, the others paragraphs. One-cell rows under the table that are merged
/// across it or start 注 / 说明 are its notes, read as paragraphs. A merged cell's text stays in its first cell and
/// the others read "", as a text rendering shows them. Figures are their invariant decimal text (1352.27).
/// </summary>
internal static class XlsxSheetBlocks
{
    private static readonly string[] CaptionPrefixes = ["部门名称", "单位名称", "编制单位", "预算单位", "单位", "金额单位"];

    public static IReadOnlyList<DocumentBlock> Of(RawSheet sheet)
    {
        var blocks = new List<DocumentBlock>();
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !c.IsBlank)).ToList();
        var start = rows.FindIndex(IsTableRow);
        var titleRows = start < 0 ? rows : rows[..start];
        var title = titleRows.FirstOrDefault(r => IsMergedAcross(r, sheet) && !IsCaptionRow(r))
            ?? titleRows.FirstOrDefault(r => !IsCaptionRow(r));
        foreach (var row in titleRows)
        {
            var position = new SourcePosition(row.Number, Sheet: sheet.Name);
            foreach (var text in row.Cells.Where(c => !c.IsBlank).Select(Text))
            {
                blocks.Add(row == title ? new HeadingBlock(text, 1, position) : new ParagraphBlock(text, position));
            }
        }

        if (start >= 0)
        {
            var end = rows.Count;
            while (end > start + 1 && IsNote(rows[end - 1], sheet))
            {
                end--;
            }

            var tableRows = rows[start..end];
            var width = Math.Max(
                tableRows.Max(r => LastFilled(r) + 1),
                sheet.Merges.Where(m => m.FirstRow >= tableRows[0].Number).Select(m => m.LastColumn + 1).DefaultIfEmpty(0).Max());
            var table = tableRows
                .Select(r => new TableBlockRow([.. Enumerable.Range(0, width).Select(c => r[c] is { } cell ? Text(cell) : string.Empty)], new SourcePosition(r.Number, Sheet: sheet.Name)))
                .ToList();
            blocks.Add(new TableBlock(table, table[0].Position));
            blocks.AddRange(rows[end..].Select(r => new ParagraphBlock(Text(r.Cells.First(c => !c.IsBlank)), new SourcePosition(r.Number, Sheet: sheet.Name))));
        }

        return blocks;
    }

    /// <summary>A number as its invariant decimal text, rounded to the 15 digits a double holds (1352.27, not 1352.2699999999998).</summary>
    public static string Text(RawCell cell) =>
        cell.Flavor == CellFlavor.Number && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) < 7.9e27
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : cell.Text.Trim();

    private static bool IsTableRow(RawRow row)
    {
        var filled = row.Cells.Where(c => !c.IsBlank).Select(Text).ToList();
        return filled.Count >= 2 && !filled.All(IsCaption);
    }

    private static bool IsCaption(string text) =>
        CaptionPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal) && text.Length > p.Length && text[p.Length] is ':' or '：');

    /// <summary>A note under the table: one filled cell, merged across the table or starting 注 / 说明.</summary>
    private static bool IsNote(RawRow row, RawSheet sheet)
    {
        var filled = row.Cells.Where(c => !c.IsBlank).Select(Text).ToList();
        return filled.Count == 1 && (IsMergedAcross(row, sheet) || filled[0].StartsWith('注') || filled[0].StartsWith("说明", StringComparison.Ordinal));
    }

    private static bool IsCaptionRow(RawRow row) => row.Cells.Where(c => !c.IsBlank).Select(Text).All(IsCaption);

    private static bool IsMergedAcross(RawRow row, RawSheet sheet) =>
        sheet.Merges.Any(m => m.FirstRow == row.Number && m.LastColumn > m.FirstColumn);

    private static int LastFilled(RawRow row)
    {
        for (var c = row.Cells.Length - 1; c >= 0; c--)
        {
            if (!row.Cells[c].IsBlank)
            {
                return c;
            }
        }

        return -1;
    }
}
