using System.Globalization;
using System.Text;
using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Classifications;

/// <summary>
/// The classifications in force for each year: lists an administrator loaded into
/// DATA_DIR/classifications/YEAR/LIST.csv override the shipped ones, list by list. For a year
/// with no list of a kind, the nearest earlier year's list is used (loaded before shipped).
/// </summary>
public sealed class ClassificationCatalog(string? dataDirectory = null)
{
    private readonly Dictionary<int, ClassificationSet> sets = [];
    private readonly Lock gate = new();

    /// <summary>Where loaded lists live; null when only the shipped lists are used.</summary>
    public string? DataDirectory { get; } = dataDirectory;

    public ClassificationSet ForYear(int year)
    {
        lock (gate)
        {
            if (!sets.TryGetValue(year, out var set))
            {
                set = Build(year);
                sets[year] = set;
            }

            return set;
        }
    }

    /// <summary>The file a loaded list of a year is kept in.</summary>
    public string PathOf(int year, ClassificationListKind kind) =>
        Path.Combine(
            DataDirectory ?? throw new InvalidOperationException("No data directory was given."),
            "classifications",
            year.ToString(CultureInfo.InvariantCulture),
            kind.FileName());

    /// <summary>Saves a checked list as the year's list of its kind (replacing any earlier one) and returns the path.</summary>
    public string Save(int year, LoadedList list)
    {
        var path = PathOf(year, list.Kind);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            list.WriteCsv(writer);
        }

        File.Move(temporary, path, overwrite: true);
        lock (gate)
        {
            sets.Clear();
        }

        return path;
    }

    private ClassificationSet Build(int year)
    {
        var sources = ClassificationListKinds.All.ToDictionary(kind => kind, kind => Source(year, kind));
        if (sources.Values.All(s => s.Path is null) && sources.Values.Select(s => s.Year).Distinct().Count() == 1)
        {
            return ShippedClassifications.ForYear(year);
        }

        return ClassificationSetAssembler.Assemble(year, kind => Load(sources[kind], kind), Describe(year, sources));
    }

    /// <summary>The year and, for a loaded list, the file a list of a budget year comes from.</summary>
    private (int Year, string? Path) Source(int year, ClassificationListKind kind)
    {
        var loaded = LoadedYears(kind);
        var used = YearFallback.Pick(loaded.Concat(ShippedClassifications.Years), year)!.Value;
        return loaded.Contains(used) ? (used, PathOf(used, kind)) : (used, null);
    }

    private List<int> LoadedYears(ClassificationListKind kind)
    {
        var root = DataDirectory is null ? null : Path.Combine(DataDirectory, "classifications");
        if (root is null || !Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .OfType<int>()
            .Where(y => File.Exists(PathOf(y, kind)))
            .ToList();
    }

    private static LoadedList Load((int Year, string? Path) source, ClassificationListKind kind) =>
        source.Path is null ? ShippedClassifications.List(source.Year, kind) : ClassificationFile.Read(source.Path, kind);

    private static string Describe(int year, Dictionary<ClassificationListKind, (int Year, string? Path)> sources)
    {
        var parts = sources.Select(pair => pair.Value.Path is null
            ? $"{pair.Key.Title()}用随程序发布的 {pair.Value.Year} 年版本"
            : $"{pair.Key.Title()}用管理员加载的 {pair.Value.Year} 年版本（{pair.Value.Path}）");
        var text = $"{year} 年科目表：{string.Join("；", parts)}。";
        return sources.Values.Any(s => s.Year != year)
            ? text + $"没有 {year} 年版本的表沿用了较早年份的版本；请用 deptbudget codes load 加载 {year} 年的正式科目表。"
            : text;
    }
}
