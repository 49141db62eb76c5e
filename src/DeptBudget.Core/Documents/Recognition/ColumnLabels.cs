namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Column header labels compared across provinces: normalised (full-width, spaces, brackets, “其中：”, 支出/经费 at the
/// end) and folded by the header synonyms of data/documents/columns.tsv (一般公共预算拨款 = 一般公共预算).
/// </summary>
public sealed class ColumnLabels
{
    private readonly Dictionary<string, string> synonyms;

    private ColumnLabels(Dictionary<string, string> synonyms) => this.synonyms = synonyms;

    public static ColumnLabels None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Lines “label&lt;TAB&gt;synonym&lt;TAB&gt;…”: every synonym is read as the first label.</summary>
    public static ColumnLabels Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in tsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            var canonical = Normalize(fields[0]);
            foreach (var synonym in fields.Skip(1).Select(Normalize).Where(s => s.Length > 0 && s != canonical))
            {
                map[synonym] = canonical;
            }
        }

        return new ColumnLabels(map);
    }

    /// <summary>The label as compared: normalised, then its synonym's first label.</summary>
    public string Key(string label)
    {
        var normalized = Normalize(label);
        return synonyms.GetValueOrDefault(normalized, normalized);
    }

    private static string Normalize(string label)
    {
        var text = CellText.Label(label);
        foreach (var bracket in new[] { "(", ")", "[", "]", "【", "】", "〔", "〕" })
        {
            text = text.Replace(bracket, "", StringComparison.Ordinal);
        }

        if (text.StartsWith("其中:", StringComparison.Ordinal))
        {
            text = text[3..];
        }

        while (text.Length > 2 && (text.EndsWith("支出", StringComparison.Ordinal) || text.EndsWith("经费", StringComparison.Ordinal)))
        {
            text = text[..^2];
        }

        return text;
    }
}
