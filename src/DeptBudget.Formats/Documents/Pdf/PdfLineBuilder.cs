using System.Text;
using UglyToad.PdfPig.Content;

namespace DeptBudget.Formats.Documents.Pdf;

/// <summary>
/// Groups a page's letters into printed lines by baseline, top to bottom, and splits each line into segments where the
/// gap between letters is about a character wide or a ruling runs between them.
/// </summary>
internal static class PdfLineBuilder
{
    /// <summary>Letters whose baselines differ by less than this share of the font size are on one line.</summary>
    private const double SameLine = 0.35;

    /// <summary>A gap this wide (in font sizes) separates two cells; smaller gaps inside a segment are spaces.</summary>
    private const double CellGap = 0.9;

    private const double SpaceGap = 0.2;

    public static IReadOnlyList<PdfLine> Build(Page page, PdfRulings rulings)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(l.Value))
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ThenBy(l => l.StartBaseLine.X)
            .ToList();
        var groups = new List<List<Letter>>();
        foreach (var letter in letters)
        {
            var group = groups.Count > 0 ? groups[^1] : null;
            if (group is not null && Math.Abs(group[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= SameLine * Size(group[0]))
            {
                group.Add(letter);
            }
            else
            {
                groups.Add([letter]);
            }
        }

        return [.. groups.Select((g, i) => Line(page.Number, i + 1, [.. g.OrderBy(l => l.StartBaseLine.X)], rulings))];
    }

    private static PdfLine Line(int page, int number, List<Letter> letters, PdfRulings rulings)
    {
        var baseline = letters[0].StartBaseLine.Y;
        var fontSize = letters.GroupBy(Size).MaxBy(g => g.Count())!.Key;
        var segments = new List<PdfSegment>();
        var text = new StringBuilder();
        var left = Left(letters[0]);
        var right = Right(letters[0]);
        text.Append(letters[0].Value);
        foreach (var letter in letters.Skip(1))
        {
            var gap = Left(letter) - right;
            if (gap > CellGap * fontSize || rulings.SeparatesAt(right - 0.5, Left(letter) + 0.5, baseline))
            {
                segments.Add(new PdfSegment(text.ToString(), left, right));
                text.Clear();
                left = Left(letter);
            }
            else if (gap > SpaceGap * fontSize && !IsCjk(text[^1]) && !IsCjk(letter.Value[0]))
            {
                // Justified Chinese text is spread out letter by letter; a space is kept only between Latin words or numbers.
                text.Append(' ');
            }

            text.Append(letter.Value);
            right = Math.Max(right, Right(letter));
        }

        segments.Add(new PdfSegment(text.ToString(), left, right));
        var bold = letters.Count(IsBold) * 2 > letters.Count;
        return new PdfLine(page, number, segments, baseline, fontSize, bold);
    }

    /// <summary>Han characters and the CJK and full-width punctuation around them.</summary>
    private static bool IsCjk(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF');

    private static double Size(Letter letter) => Math.Round(letter.PointSize, 1);

    private static double Left(Letter letter) => letter.StartBaseLine.X;

    // Some fonts report no advance; half the font size stands in for the letter's width then.
    private static double Right(Letter letter) =>
        letter.EndBaseLine.X > letter.StartBaseLine.X ? letter.EndBaseLine.X : letter.StartBaseLine.X + (letter.PointSize / 2);

    private static bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? string.Empty;
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase) || name.Contains("Hei", StringComparison.OrdinalIgnoreCase);
    }
}
