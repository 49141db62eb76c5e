using System.Text;

namespace DeptBudget.Formats.Documents;

/// <summary>Joins the pieces of one phrase that a layout broke over lines: CJK needs no space between them, Latin words do.</summary>
internal static class TextJoin
{
    public static string Join(IEnumerable<string> pieces)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces.Where(p => p.Length > 0))
        {
            if (text.Length > 0 && char.IsAsciiLetter(text[^1]) && char.IsAsciiLetter(piece[0]))
            {
                text.Append(' ');
            }

            text.Append(piece);
        }

        return text.ToString();
    }
}
