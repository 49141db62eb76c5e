using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>A sheet with a header row and one dataset item per row, seen without its item type.</summary>
internal interface ITableSheet
{
    string Name { get; }

    /// <summary>The dataset collection the rows fill (a <see cref="Core.Validation.DatasetCollections"/> name).</summary>
    string Collection { get; }

    /// <summary>One sentence for the 填报说明 sheet.</summary>
    string Purpose { get; }

    IReadOnlyList<EntryColumn> Columns { get; }

    IEnumerable<object?[]> Rows(BudgetDataset dataset, CodeNames names);
}

/// <summary>
/// A table sheet of the entry workbook: its columns, how a dataset item becomes a row (values are
/// string, decimal, int, bool or null) and how a row becomes an item.
/// </summary>
internal abstract class TableSheet<T> : ITableSheet
{
    public abstract string Name { get; }

    public abstract string Collection { get; }

    public abstract string Purpose { get; }

    public abstract IReadOnlyList<EntryColumn> Columns { get; }

    public abstract IReadOnlyList<T> Items(BudgetDataset dataset);

    public abstract object?[] ToRow(T item, CodeNames names);

    /// <summary>The item of a row; may return anything when <see cref="RowView.Failed"/> is set.</summary>
    public abstract T FromRow(RowView row);

    public IEnumerable<object?[]> Rows(BudgetDataset dataset, CodeNames names) => Items(dataset).Select(i => ToRow(i, names));

    /// <summary>
    /// Reads every non-empty row below the header; records each item's row in <paramref name="map"/>, the
    /// first item being the dataset's item number <paramref name="offset"/>.
    /// </summary>
    public List<T> Read(RawSheet sheet, ImportProblems problems, SourceMap map, int offset = 0)
    {
        var items = new List<T>();
        if (SheetLayout.Bind(sheet, Columns, problems) is not { } layout)
        {
            return items;
        }

        var rows = new List<int>();
        var inMerge = MergeCheck.Report(sheet, layout, problems);
        foreach (var row in sheet.Rows)
        {
            if (row.Number <= layout.HeaderRow || inMerge(row.Number) || row.Cells.All(c => c.IsBlank))
            {
                continue;
            }

            var view = new RowView(row, layout, problems);
            var item = FromRow(view);
            if (!view.Failed)
            {
                items.Add(item);
                rows.Add(row.Number);
            }
        }

        map.AddTable(Collection, layout, rows, offset);
        return items;
    }
}
