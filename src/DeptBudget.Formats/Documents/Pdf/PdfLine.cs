namespace DeptBudget.Formats.Documents.Pdf;

/// <summary>A run of letters on one line with no wide gap or ruling inside it: a cell of a table, or the whole line of a paragraph.</summary>
internal sealed record PdfSegment(string Text, double Left, double Right);

/// <summary>
/// One printed line of a PDF page: letters sharing a baseline, split into segments at wide gaps and vertical rulings.
/// <see cref="Number"/> is its 1-based place on the page, top to bottom.
/// </summary>
internal sealed record PdfLine(int Page, int Number, IReadOnlyList<PdfSegment> Segments, double Baseline, double FontSize, bool Bold)
{
    public double Left => Segments[0].Left;

    public double Right => Segments[^1].Right;

    public string Text => TextJoin.Join(Segments.Select(s => s.Text));
}

/// <summary>A horizontal ruling line (a table's row border) from <see cref="Left"/> to <see cref="Right"/> at height <see cref="Y"/>.</summary>
internal readonly record struct HorizontalRuling(double Y, double Left, double Right);

/// <summary>A vertical ruling line (a table's column border) at <see cref="X"/> from <see cref="Bottom"/> to <see cref="Top"/>.</summary>
internal readonly record struct VerticalRuling(double X, double Bottom, double Top);
