namespace DeptBudget.Core.Targets.Library;

/// <summary>
/// Where the library's indicators may sit (data/targets/placements.tsv): the 二级 groups each is allowed under besides
/// the library's own 二级, and the names forms give the same group (data/targets/level2-synonyms.tsv: 预算编制 and
/// 预算执行 are 预算管理). A 二级 is compared without quotes, spaces and a trailing 指标 (经济效益指标 = 经济效益).
/// </summary>
public sealed class IndicatorPlacements
{
    private readonly Dictionary<string, IReadOnlyList<string>> allowed;
    private readonly Dictionary<string, IReadOnlyList<string>> synonyms;

    public IndicatorPlacements(IReadOnlyDictionary<string, IReadOnlyList<string>> allowed, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(synonyms);
        this.allowed = allowed.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        this.synonyms = synonyms.ToDictionary(s => Normalize(s.Key), s => s.Value, StringComparer.Ordinal);
    }

    /// <summary>No allow lists: every indicator may sit only under its library 二级 (and nothing is known of synonyms).</summary>
    public static IndicatorPlacements None { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The names templates give a 一级 group (data/targets/level1-synonyms.tsv: 管理效率 is Henan's 投入管理指标).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Level1Names { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The 一级 a template names the entry's group by: the library's own when the template has it, else the first of its names the template has.</summary>
    public string Level1In(LibraryIndicator entry, IReadOnlyList<string> firstLevel)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(firstLevel);
        return firstLevel.Count == 0 || firstLevel.Contains(entry.Level1, StringComparer.Ordinal)
            ? entry.Level1
            : Level1Names.GetValueOrDefault(entry.Level1, []).FirstOrDefault(n => firstLevel.Contains(n, StringComparer.Ordinal)) ?? entry.Level1;
    }

    /// <summary>The 二级 groups the entry may sit under: the library's own first, then the allow list's.</summary>
    public IReadOnlyList<string> AllowedLevel2(LibraryIndicator entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return allowed.GetValueOrDefault(entry.Name, []).Prepend(entry.Level2).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether a form's 二级 name is one of the entry's groups or a name forms give one of them.</summary>
    public bool Allows(LibraryIndicator entry, string level2)
    {
        var wanted = Normalize(level2);
        return AllowedLevel2(entry).Select(Normalize)
            .Any(group => group == wanted || synonyms.GetValueOrDefault(group, []).Any(s => Normalize(s) == wanted));
    }

    /// <summary>
    /// Reads the allow lists (indicator, 二级 groups separated by 、), the 二级 synonyms (group, names separated by 、)
    /// and, when given, the 一级 names (group, names separated by 、).
    /// </summary>
    /// <exception cref="FormatException">A row without its second column; the message names the file and line.</exception>
    public static IndicatorPlacements Parse(string placementsTsv, string placementsFile, string synonymsTsv, string synonymsFile, string level1Tsv = "", string level1File = "")
    {
        ArgumentNullException.ThrowIfNull(placementsTsv);
        ArgumentNullException.ThrowIfNull(synonymsTsv);
        ArgumentNullException.ThrowIfNull(level1Tsv);
        return new IndicatorPlacements(Pairs(placementsTsv, placementsFile), Pairs(synonymsTsv, synonymsFile)) { Level1Names = Pairs(level1Tsv, level1File) };
    }

    private static Dictionary<string, IReadOnlyList<string>> Pairs(string text, string fileName)
    {
        var pairs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (line, cells) in LibraryTsv.Rows(text))
        {
            if (cells.Length < 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                throw LibraryTsv.Error(fileName, line, "应有两列（名称、以“、”分隔的二级指标），用制表符分隔。");
            }

            pairs[cells[0]] = LibraryTsv.List(cells[1]);
        }

        return pairs;
    }

    private static string Normalize(string level2)
    {
        var name = IndicatorLibrary.Normalize(level2);
        return name.Length > 2 && name.EndsWith("指标", StringComparison.Ordinal) ? name[..^2] : name;
    }
}
