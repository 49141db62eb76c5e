using System.Text.RegularExpressions;

namespace DeptBudget.Core.Narrative;

/// <summary>
/// Recognises a heading line: Markdown (“## 三、…”, a whole line in “**…**”) or a short numbered line
/// (“一、…”, “（一）…”, “1.…”, “第二部分”) that does not read as a sentence. A line holding a budget figure is never a heading.
/// </summary>
public static partial class Headings
{
    /// <summary>A numbered line longer than this, or ending like a sentence, is a paragraph (an enumerated item).</summary>
    private const int MaxNumberedLength = 30;

    public static bool TryRead(string line, out string? numbering, out string heading)
    {
        var text = line.Trim();
        numbering = null;
        heading = "";
        var markdown = false;
        if (text.StartsWith('#'))
        {
            text = text.TrimStart('#').Trim();
            markdown = true;
        }

        if (text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
        {
            text = text[2..^2].Trim();
            markdown = true;
        }

        var number = Numbering().Match(text);
        var numbered = number.Success && text.Length <= MaxNumberedLength && !EndsLikeSentence(text);
        if (!markdown && !numbered)
        {
            return false;
        }

        // A line with a budget figure is read as text even when marked as a heading: no figure is lost.
        if (TextNumbers.Find(TextNumbers.Normalize(text)).Any(n => n.IsFigure))
        {
            return false;
        }

        heading = text.Replace("**", "", StringComparison.Ordinal).Trim();
        numbering = number.Success ? number.Value.Trim() : null;
        return heading.Length > 0;
    }

    private static bool EndsLikeSentence(string text) => text[^1] is '。' or '；' or ';' or '，' or '：';

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d))\s*")]
    private static partial Regex Numbering();
}
