using UglyToad.PdfPig.Content;

namespace DeptBudget.Formats.Documents.Pdf;

/// <summary>
/// The ruling lines a page draws: stroked lines and thin filled rectangles, and the edges of drawn rectangles (cell
/// borders). They split a line into cells where letters alone would not (text filling a cell to its border), and tell
/// which printed lines make one table row (a cell whose text wraps).
/// </summary>
internal sealed class PdfRulings
{
    private const double Thin = 2.0;
    private const double MinLength = 4.0;

    private PdfRulings(IReadOnlyList<HorizontalRuling> horizontal, IReadOnlyList<VerticalRuling> vertical)
    {
        Horizontal = horizontal;
        Vertical = vertical;
    }

    public IReadOnlyList<HorizontalRuling> Horizontal { get; }

    public IReadOnlyList<VerticalRuling> Vertical { get; }

    public static PdfRulings Of(Page page)
    {
        var horizontal = new List<HorizontalRuling>();
        var vertical = new List<VerticalRuling>();
        foreach (var path in page.Paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled)))
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                var width = box.Width;
                var height = box.Height;
                if (height <= Thin && width >= MinLength)
                {
                    horizontal.Add(new HorizontalRuling((box.Top + box.Bottom) / 2, box.Left, box.Right));
                }
                else if (width <= Thin && height >= MinLength)
                {
                    vertical.Add(new VerticalRuling((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (subpath.IsDrawnAsRectangle && path.IsStroked && width >= MinLength && height >= MinLength)
                {
                    horizontal.Add(new HorizontalRuling(box.Top, box.Left, box.Right));
                    horizontal.Add(new HorizontalRuling(box.Bottom, box.Left, box.Right));
                    vertical.Add(new VerticalRuling(box.Left, box.Bottom, box.Top));
                    vertical.Add(new VerticalRuling(box.Right, box.Bottom, box.Top));
                }
            }
        }

        return new PdfRulings(horizontal, vertical);
    }

    /// <summary>Whether a vertical ruling runs between two x positions at a baseline's height.</summary>
    public bool SeparatesAt(double fromX, double toX, double baseline) =>
        Vertical.Any(v => v.X > fromX && v.X < toX && v.Bottom <= baseline && v.Top >= baseline);

    /// <summary>Whether the line lies in a ruled grid: three or more vertical rulings cross its baseline, so it has cells.</summary>
    public bool InGrid(PdfLine line) => Vertical.Count(v => v.Bottom <= line.Baseline && v.Top >= line.Baseline) >= 3;

    /// <summary>Whether horizontal rulings across x lie both above and below a line: it is inside a ruled row.</summary>
    public bool Banded(double baseline, double fontSize, double left, double right) =>
        Horizontal.Any(h => h.Y > baseline + (fontSize * 0.3) && h.Left < right && h.Right > left)
        && Horizontal.Any(h => h.Y < baseline + (fontSize * 0.3) && h.Left < right && h.Right > left);

    /// <summary>How many horizontal rulings crossing x lie above a height: lines with the same count share a table row.</summary>
    public int BandOf(double baseline, double fontSize, double left, double right) =>
        Horizontal.Count(h => h.Y > baseline + (fontSize * 0.3) && h.Left < right && h.Right > left);
}
