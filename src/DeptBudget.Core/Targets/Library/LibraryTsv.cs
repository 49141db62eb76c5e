using System.Globalization;

namespace DeptBudget.Core.Targets.Library;

/// <summary>The rows of a tab-separated library file: "#" lines and blank lines skipped, each row with its 1-based line number.</summary>
internal static class LibraryTsv
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#'))
            {
                yield return (i + 1, lines[i].Split('\t').Select(c => c.Trim()).ToArray());
            }
        }
    }

    public static List<string> List(string cell) => cell.Split('、').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    public static FormatException Error(string fileName, int line, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{fileName} 第 {line} 行：{what}"));
}
