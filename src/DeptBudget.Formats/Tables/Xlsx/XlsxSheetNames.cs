using System.Globalization;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>
/// Sheet names: the table number and a short title, at most 31 characters, none of : \ / ? * [ ], not starting or
/// ending with an apostrophe, unique within the workbook regardless of case.
/// </summary>
internal sealed class XlsxSheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string number, string title)
    {
        var baseName = Clean($"{number} {ShortTitle(title)}".Trim());
        if (baseName.Length == 0)
        {
            baseName = "表";
        }

        var name = Cut(baseName, MaxLength);
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"({n})");
            name = Cut(baseName, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    /// <summary>Drops a leading year ("2022年") that every title of a document repeats.</summary>
    private static string ShortTitle(string title)
    {
        var year = title.IndexOf('年', StringComparison.Ordinal);
        return year is 4 && title[..4].All(char.IsAsciiDigit) ? title[5..] : title;
    }

    private static string Clean(string name)
    {
        var chars = name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c).ToArray();
        return new string(chars).Trim('\'');
    }

    private static string Cut(string name, int length) =>
        name.Length <= length ? name : name[..length].TrimEnd().TrimEnd('\'');
}
