namespace DeptBudget.Core.Narrative;

/// <summary>
/// What a figure in a sentence can be about: key-figure keys and the phrases documents use for them, read from data
/// (data/narrative/subjects.tsv). Lines are tab-separated:
/// <c>subject KEY PHRASE</c>; <c>generic DEFAULT PHRASE KEY,KEY</c> (a word such as 收入 that means the last of those
/// keys mentioned in the paragraph, and nothing when none was); <c>whole KEY WHOLE</c> (the whole a share of KEY is
/// of when the text does not say); <c>parts WHOLE KEY,KEY</c> (the parts that make up a whole); <c>qualifier KEY</c> (a
/// funding source that, written next to another subject, only qualifies it); <c>count KEY PHRASE</c> (a staffing
/// subject whose figures are head counts, 人 or 名 — found apart from the money subjects, so it never changes what a
/// money figure is bound to). The longest phrase at a position wins.
/// </summary>
public sealed class SubjectVocabulary
{
    private readonly Dictionary<char, SubjectPhrase[]> byFirstChar;
    private readonly Dictionary<char, SubjectPhrase[]> countsByFirstChar;
    private readonly OrderedDictionary<string, string> labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> wholes;
    private readonly Dictionary<string, IReadOnlyList<string>> parts;
    private readonly HashSet<string> qualifiers;

    private SubjectVocabulary(List<SubjectPhrase> phrases, List<SubjectPhrase> counts, Dictionary<string, string> wholes, Dictionary<string, IReadOnlyList<string>> parts, HashSet<string> qualifiers)
    {
        this.qualifiers = qualifiers;
        this.wholes = wholes;
        this.parts = parts;
        foreach (var phrase in phrases.Where(p => p.Refers.Count == 0))
        {
            labels.TryAdd(phrase.Key, phrase.Phrase);
        }

        Keys = [.. labels.Keys];
        foreach (var phrase in counts)
        {
            labels.TryAdd(phrase.Key, phrase.Phrase);
        }

        CountKeys = [.. counts.Select(p => p.Key).Distinct(StringComparer.Ordinal)];
        byFirstChar = Index(phrases);
        countsByFirstChar = Index(counts);
    }

    /// <summary>Every subject key of money figures, in file order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Every staffing subject key (head counts), in file order.</summary>
    public IReadOnlyList<string> CountKeys { get; }

    /// <summary>The first phrase given for a key: its name in findings and in the narrative table.</summary>
    public string Label(string key) => labels.GetValueOrDefault(key) ?? key;

    /// <summary>The whole a share of <paramref name="key"/> is of when the sentence does not say.</summary>
    public string? DefaultWhole(string key) => wholes.GetValueOrDefault(key);

    /// <summary>The parts that make up <paramref name="whole"/> (货物, 工程, 服务 of 政府采购), empty when the vocabulary does not say.</summary>
    public IReadOnlyList<string> Parts(string whole) => parts.GetValueOrDefault(whole) ?? [];

    /// <summary>A funding source (财政拨款, 一般公共预算) that only qualifies a subject written next to it.</summary>
    public bool IsQualifier(string key) => qualifiers.Contains(key);

    public static SubjectVocabulary Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<SubjectPhrase>();
        var counts = new List<SubjectPhrase>();
        var wholes = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "subject" when cells.Length == 3 && cells[2].Length > 0:
                    phrases.Add(new SubjectPhrase(cells[1], TextNumbers.Normalize(cells[2]), []));
                    break;
                case "generic" when cells.Length == 4 && cells[2].Length > 0:
                    phrases.Add(new SubjectPhrase(cells[1], TextNumbers.Normalize(cells[2]), cells[3].Split(',')));
                    break;
                case "count" when cells.Length == 3 && cells[2].Length > 0:
                    counts.Add(new SubjectPhrase(cells[1], TextNumbers.Normalize(cells[2]), []));
                    break;
                case "whole" when cells.Length == 3:
                    wholes[cells[1]] = cells[2];
                    break;
                case "parts" when cells.Length == 3:
                    parts[cells[1]] = cells[2].Split(',');
                    break;
                case "qualifier" when cells.Length == 2:
                    qualifiers.Add(cells[1]);
                    break;
                default:
                    throw new FormatException($"{source} 第 {i + 1} 行：应为“subject 键 词语”“generic 键 词语 键,键”或“whole 键 总数键”“parts 总数键 键,键”“qualifier 键”“count 键 词语”，以制表符分隔。");
            }
        }

        return new SubjectVocabulary(phrases, counts, wholes, parts, qualifiers);
    }

    /// <summary>The subject phrases in normalised text, left to right, longest first at each position, not overlapping.</summary>
    public IReadOnlyList<SubjectMention> Find(string normalized) => Find(normalized, byFirstChar);

    /// <summary>The staffing subjects (count phrases) in normalised text, as <see cref="Find(string)"/>.</summary>
    public IReadOnlyList<SubjectMention> FindCounts(string normalized) => Find(normalized, countsByFirstChar);

    private static Dictionary<char, SubjectPhrase[]> Index(List<SubjectPhrase> phrases) =>
        phrases.OrderByDescending(p => p.Phrase.Length).GroupBy(p => p.Phrase[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static List<SubjectMention> Find(string normalized, Dictionary<char, SubjectPhrase[]> byFirstChar)
    {
        var mentions = new List<SubjectMention>();
        var i = 0;
        while (i < normalized.Length)
        {
            var hit = byFirstChar.TryGetValue(normalized[i], out var candidates)
                ? Array.Find(candidates, p => string.CompareOrdinal(normalized, i, p.Phrase, 0, p.Phrase.Length) == 0)
                : null;
            if (hit is null)
            {
                i++;
                continue;
            }

            mentions.Add(new SubjectMention(i, i + hit.Phrase.Length, hit.Key, hit.Refers));
            i += hit.Phrase.Length;
        }

        return mentions;
    }

    private sealed record SubjectPhrase(string Key, string Phrase, IReadOnlyList<string> Refers);
}

/// <summary>A subject phrase found in a sentence; <see cref="Refers"/> is non-empty for a generic word.</summary>
public sealed record SubjectMention(int Start, int End, string Key, IReadOnlyList<string> Refers)
{
    public bool IsGeneric => Refers.Count > 0;
}
