using System.Text.RegularExpressions;

namespace DeptBudget.Core.Documents;

/// <summary>
/// The line a document prints above the part of a table that goes on over a page: 续表, （续）, 续上表, or the table's
/// title ending in （续）. It starts no table of its own.
/// </summary>
public static partial class TableContinuation
{
    public static bool IsMarker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return compact.Length is > 0 and <= 60 && Marker().IsMatch(compact);
    }

    [GeneratedRegex(@"^(续表|续上表|续前表)\d*[:：]?$|[（(]续(表|上表)?[）)]$")]
    private static partial Regex Marker();
}
