using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// How many rows of a printed table are its header, told by content wherever the label and code columns are printed
/// (figures first, 科目名称 after 合计): the rows before the first row holding a figure, or before a total row printed
/// without figures (合计 alone in its row).
/// </summary>
internal static class HeaderRows
{
    public static int Count(TableBlock block, Table template)
    {
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var cells = block.Rows[r].Cells;
            var filled = cells.Select(CellText.Clean).Where(c => c.Length > 0).ToList();

            // 1- and 2-digit numbers are 款/项 code parts or the 栏次 row under a header, not figures.
            if (cells.Any(c => CellText.IsNumber(c) && CellText.Code(c) is not { Length: 1 or 2 })
                || filled is [var only] && CellText.Label(only) is "合计" or "总计")
            {
                return r;
            }
        }

        return Math.Min(block.Rows.Count, template.Columns.Max(c => c.Depth));
    }
}
