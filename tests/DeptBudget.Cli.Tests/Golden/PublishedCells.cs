using System.Globalization;

namespace DeptBudget.Cli.Tests.Golden;

/// <summary>A figure of a published table, by our table id, row key and column key.</summary>
internal sealed record PublishedCell(string Table, string Row, string Column, decimal? Value);

/// <summary>A published figure known to contradict the document's other figures.</summary>
internal sealed record PublishedError(string Table, string Row, string Column, decimal? Published, decimal? Derived, string Review);

internal static class PublishedFiles
{
    public static IReadOnlyList<PublishedCell> Cells(string path) => Lines(path)
        .Select(f => new PublishedCell(f[0], f[1], f[2], Number(f[3])))
        .ToList();

    public static IReadOnlyList<PublishedError> Errors(string path) => Lines(path)
        .Select(f => new PublishedError(f[0], f[1], f[2], Number(f[3]), Number(f[4]), f[5]))
        .ToList();

    private static IEnumerable<string[]> Lines(string path) => File.ReadAllLines(path)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'));

    private static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
