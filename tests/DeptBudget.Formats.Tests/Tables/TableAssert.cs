using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>
/// Structural equality of tables (records compare their lists by reference). Cells compare by value over the keys of
/// both rows, so an absent key equals null, and 3.00 equals 3.
/// </summary>
internal static class TableAssert
{
    public static void Equal(Table expected, Table actual)
    {
        Assert.Equal(
            (expected.Id, expected.Number, expected.Title, expected.Unit, expected.IsEmpty),
            (actual.Id, actual.Number, actual.Title, actual.Unit, actual.IsEmpty));
        Assert.Equal(expected.Subtitles, actual.Subtitles);
        Assert.Equal(expected.Notes, actual.Notes);
        Assert.Equal(Describe(expected.Columns), Describe(actual.Columns));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        foreach (var (e, a) in expected.Rows.Zip(actual.Rows))
        {
            Assert.Equal((e.Key, e.Code, e.Label, e.Level, e.Role, e.Side), (a.Key, a.Code, a.Label, a.Level, a.Role, a.Side));
            foreach (var key in e.Cells.Keys.Union(a.Cells.Keys))
            {
                Assert.True(e[key] == a[key], $"Row {e.Key}, cell {key}: expected {e[key]}, got {a[key]}.");
            }

            Assert.Equal(e.Texts.OrderBy(t => t.Key, StringComparer.Ordinal), a.Texts.OrderBy(t => t.Key, StringComparer.Ordinal));
        }
    }

    private static IEnumerable<string> Describe(IReadOnlyList<Column> columns, string indent = "") =>
        columns.SelectMany(c => Describe(c.Children, indent + "  ")
            .Prepend($"{indent}{c.Label} key={c.Key} kind={c.Kind} side={c.Side} text={c.TextKey}"));
}
