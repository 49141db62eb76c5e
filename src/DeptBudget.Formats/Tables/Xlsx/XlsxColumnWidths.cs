using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>Column widths (in characters of the default font) from the header labels and the printed body texts.</summary>
internal static class XlsxColumnWidths
{
    public static IReadOnlyList<double> Measure(HeaderLayout header, IReadOnlyList<BodyLine> body)
    {
        var widths = new double[header.ColumnCount];
        for (var col = 0; col < widths.Length; col++)
        {
            var leaf = header.Leaves[col];
            var content = body.Select(line => TextWidth(Printed(line.Cells[col]))).DefaultIfEmpty(0).Max();
            var (min, max) = Bounds(leaf.Kind);
            var label = Math.Min(TextWidth(leaf.Label), 16);
            widths[col] = Math.Clamp(Math.Max(content, label) + 2, min, max);
        }

        return widths;
    }

    /// <summary>Display width: CJK and full-width characters take two columns.</summary>
    public static int TextWidth(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    private static string Printed(BodyCell cell) => cell.IsValue ? NumberText.Grouped(cell.Number) : cell.Text;

    private static (double Min, double Max) Bounds(ColumnKind kind) => kind switch
    {
        ColumnKind.Value => (12, 20),
        ColumnKind.Label => (16, 48),
        ColumnKind.CodeClass or ColumnKind.CodeSection or ColumnKind.CodeItem => (5, 8),
        ColumnKind.Code => (9, 16),
        ColumnKind.Text => (9, 36),
    };
}
