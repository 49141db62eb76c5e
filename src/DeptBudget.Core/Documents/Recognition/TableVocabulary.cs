namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// How provinces title the standard tables (data/documents/titles.tsv) and the old names of function classes that
/// documents still print (data/documents/function-names.tsv), and the column header synonyms (data/documents/columns.tsv).
/// </summary>
public sealed class TableVocabulary
{
    private readonly List<(string Phrase, string TableId)> titles;
    private readonly Dictionary<string, (string Code, string Note)> oldNames;

    private TableVocabulary(List<(string, string)> titles, Dictionary<string, (string, string)> oldNames, ColumnLabels columns)
    {
        this.titles = titles;
        this.oldNames = oldNames;
        Columns = columns;
    }

    /// <summary>Column header labels as compared, with their synonyms.</summary>
    public ColumnLabels Columns { get; }

    public static TableVocabulary Parse(string titlesTsv, string functionNamesTsv, string columnsTsv = "")
    {
        var titles = Lines(titlesTsv).Select(f => (CellText.Label(f[1]), f[0])).OrderByDescending(t => t.Item1.Length).ToList();
        var names = Lines(functionNamesTsv).ToDictionary(f => CellText.Label(f[0]), f => (f[1], f.Length > 2 ? f[2] : ""), StringComparer.Ordinal);
        return new TableVocabulary(titles, names, ColumnLabels.Parse(columnsTsv));
    }

    /// <summary>The standard table a title names, or null.</summary>
    public string? TableOf(string title)
    {
        var text = TitleText(title);
        return titles.FirstOrDefault(t => text.Contains(t.Phrase, StringComparison.Ordinal)).TableId;
    }

    /// <summary>A function class named by an old name (医疗卫生与计划生育支出 → 210), with a note.</summary>
    public (string Code, string Note)? OldFunctionName(string label) =>
        oldNames.TryGetValue(CellText.Label(label), out var entry) ? entry : null;

    /// <summary>A title compared with the vocabulary: no year, no quotes, no spaces.</summary>
    public static string TitleText(string title) =>
        CellText.Label(System.Text.RegularExpressions.Regex.Replace(CellText.Clean(title), @"\d{4}\s*年度?", ""))
            .Replace("'", "", StringComparison.Ordinal);

    private static IEnumerable<string[]> Lines(string tsv) => tsv.Split('\n')
        .Select(l => l.TrimEnd('\r'))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Where(f => f.Length >= 2);
}
