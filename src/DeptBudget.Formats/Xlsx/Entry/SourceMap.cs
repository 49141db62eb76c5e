using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Where each dataset item and field came from, so that the validator's findings (by collection, index
/// and field) are shown by sheet, row and column of the file the user edits.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (SheetLayout Layout, List<int> Rows, int Offset)> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Collection, string Field), SourcePlace> fields = [];
    private readonly Dictionary<string, string> sheets = new(StringComparer.Ordinal);

    /// <summary>Items of a collection, in order, starting at dataset index <paramref name="offset"/>.</summary>
    public void AddTable(string collection, SheetLayout layout, List<int> rows, int offset = 0)
    {
        tables[collection] = (layout, rows, offset);
        if (layout.Sheet is not null)
        {
            sheets[collection] = layout.Sheet;
        }
    }

    /// <summary>A field of a single object (部门信息, 上年数 …) that sits in one cell.</summary>
    public void AddField(string collection, string field, SourcePlace place)
    {
        fields[(collection, field)] = place;
        if (place.Sheet is not null)
        {
            sheets.TryAdd(collection, place.Sheet);
        }
    }

    /// <summary>The place of a finding, or null when it concerns data that did not come from this file.</summary>
    public SourcePlace? Locate(IssueLocation location) => Locate(location.Collection, location.Index, location.Field);

    public SourcePlace? Locate(string collection, int? index, string? field)
    {
        if (index is { } i && tables.TryGetValue(collection, out var table))
        {
            var at = i - table.Offset;
            return at >= 0 && at < table.Rows.Count ? table.Layout.Place(table.Rows[at], field) : null;
        }

        if (field is not null && fields.TryGetValue((collection, field), out var place))
        {
            return place;
        }

        return sheets.TryGetValue(collection, out var sheet) ? new SourcePlace(sheet) : null;
    }

    /// <summary>The row an item came from, for "另一行" references.</summary>
    public int? RowOf(string collection, int index) =>
        tables.TryGetValue(collection, out var t) && index - t.Offset >= 0 && index - t.Offset < t.Rows.Count
            ? t.Rows[index - t.Offset]
            : null;
}
