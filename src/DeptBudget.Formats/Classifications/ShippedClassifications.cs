using System.Collections.Concurrent;
using System.Globalization;
using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Classifications;

/// <summary>The classification code lists shipped with DeptBudget (data/classifications/YEAR/).</summary>
public static class ShippedClassifications
{
    private const string Prefix = "data/classifications/";
    private static readonly Lazy<IReadOnlyList<int>> ShippedYears = new(FindYears);
    private static readonly ConcurrentDictionary<(int, ClassificationListKind), LoadedList> Lists = new();
    private static readonly ConcurrentDictionary<int, ClassificationSet> Sets = new();

    /// <summary>The years for which lists are shipped, ascending.</summary>
    public static IReadOnlyList<int> Years => ShippedYears.Value;

    /// <summary>
    /// The lists in force for a budget year. When that year is not shipped, the nearest earlier
    /// shipped year's lists are used (the earliest when none is earlier), and
    /// <see cref="ClassificationSet.Provenance"/> says so.
    /// </summary>
    public static ClassificationSet ForYear(int year) => Sets.GetOrAdd(year, y =>
    {
        var used = YearUsedFor(y);
        return ClassificationSetAssembler.Assemble(y, kind => List(used, kind), Describe(y, used));
    });

    /// <summary>The shipped year whose lists serve a budget year.</summary>
    public static int YearUsedFor(int year) =>
        YearFallback.Pick(Years, year) ?? throw new InvalidOperationException("No classification lists are shipped.");

    internal static LoadedList List(int shippedYear, ClassificationListKind kind) => Lists.GetOrAdd((shippedYear, kind), key =>
    {
        var name = $"{Prefix}{key.Item1.ToString(CultureInfo.InvariantCulture)}/{key.Item2.FileName()}";
        using var stream = typeof(ShippedClassifications).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The shipped list {name} is missing.");
        return ClassificationFile.Read(stream, name, key.Item2);
    });

    internal static string Describe(int year, int used) => year == used
        ? $"{year} 年科目表：随程序发布的版本。"
        : $"没有 {year} 年的科目表，沿用随程序发布的 {used} 年科目表；请用 deptbudget codes load 加载 {year} 年的正式科目表。";

    private static List<int> FindYears()
    {
        var years = new SortedSet<int>();
        foreach (var name in typeof(ShippedClassifications).Assembly.GetManifestResourceNames())
        {
            var parts = name.Split('/');
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && parts.Length == 4
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                years.Add(year);
            }
        }

        return [.. years];
    }
}
