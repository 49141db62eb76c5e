using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks.Language;

/// <summary>Builds the <see cref="Location"/> of a cell, with the column's header path as its label.</summary>
public static class Locations
{
    public static Location Of(Table table, TableRow? row, string? column, string? rowKey = null) => new()
    {
        TableId = table.Id,
        TableNumber = table.Number,
        TableTitle = table.Title,
        RowKey = row?.Key ?? rowKey,
        RowLabel = row?.Label.Trim() ?? rowKey,
        ColumnKey = column,
        ColumnLabel = column is null ? null : ColumnPath(table.Columns, column, ""),
    };

    private static string? ColumnPath(IReadOnlyList<Column> columns, string key, string prefix)
    {
        foreach (var column in columns)
        {
            var label = prefix.Length == 0 ? column.Label : $"{prefix}/{column.Label}";
            if (column.IsLeaf && column.Key == key)
            {
                return label;
            }

            if (!column.IsLeaf && ColumnPath(column.Children, key, label) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
