using System.Globalization;
using System.Text;
using DeptBudget.Core.Documents;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// What a document reader found, for golden files and comparisons: one line per block (kind, page, first 40
/// characters, a table's rows × columns), and the text normalised (whitespace and full-width spaces removed) so that
/// the same document in different formats compares equal.
/// </summary>
internal static class DocumentOutline
{
    public static string Of(SourceDocument document)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{document.Format} pages={document.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "-"} blocks={document.Blocks.Count}\n");
        foreach (var block in document.Blocks)
        {
            var page = block.Position.Page?.ToString(CultureInfo.InvariantCulture) ?? block.Position.Sheet ?? "-";
            text.Append(block switch
            {
                HeadingBlock h => $"H{h.Level} p{page} {First40(h.Text)}",
                ParagraphBlock p => $"P p{page} {First40(p.Text)}",
                TableBlock t => string.Create(CultureInfo.InvariantCulture, $"T p{page} {t.Rows.Count}x{t.Rows.Max(r => r.Cells.Count)} {First40(string.Join(" | ", t.Rows[0].Cells))}"),
                _ => "?",
            }).Append('\n');
        }

        foreach (var problem in document.Problems)
        {
            text.Append("! ").Append(problem.Message).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The document as parts to compare: each table as its normalised rows (empty rows and trailing empty cells
    /// dropped), and the text between two tables as one normalised string, so that a paragraph a PDF joined or split
    /// differently still compares by its words.
    /// </summary>
    public static IReadOnlyList<string> Comparable(IEnumerable<(string? Text, IReadOnlyList<IReadOnlyList<string>>? Rows)> parts)
    {
        var result = new List<string>();
        var text = new StringBuilder();
        foreach (var (partText, rows) in parts)
        {
            if (rows is null)
            {
                text.Append(Normalise(partText ?? string.Empty));
                continue;
            }

            if (text.Length > 0)
            {
                result.Add(text.ToString());
                text.Clear();
            }

            var lines = rows.Select(r => r.Select(Normalise).Reverse().SkipWhile(c => c.Length == 0).Reverse().ToList())
                .Where(r => r.Count > 0)
                .Select(r => string.Join(" | ", r));
            result.Add("TABLE\n" + string.Join("\n", lines));
        }

        if (text.Length > 0)
        {
            result.Add(text.ToString());
        }

        return result;
    }

    public static IReadOnlyList<string> Comparable(SourceDocument document) => Comparable(document.Blocks.Select(Part));

    public static IReadOnlyList<string> Comparable(SeedDocument seed) =>
        Comparable(seed.Parts.Select(p => (p.Text, p.Rows?.Select(r => (IReadOnlyList<string>)r).ToList() as IReadOnlyList<IReadOnlyList<string>>)));

    private static (string? Text, IReadOnlyList<IReadOnlyList<string>>? Rows) Part(DocumentBlock block) => block switch
    {
        HeadingBlock h => (h.Text, null),
        ParagraphBlock p => (p.Text, null),
        TableBlock t => (null, t.Rows.Select(r => r.Cells).ToList()),
        _ => (null, null),
    };

    public static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));

    private static string First40(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('\t', ' ');
        return flat.Length <= 40 ? flat : flat[..40];
    }
}
