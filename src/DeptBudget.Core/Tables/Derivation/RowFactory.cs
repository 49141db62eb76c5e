using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Makes table rows from sums in hundredths; zero prints as an empty cell, as published tables do.</summary>
internal sealed class RowFactory(IReadOnlyList<ColumnSpec> values, TableSide side)
{
    public TableRow Make(string key, string? code, string label, int level, RowRole role, long[] sums, IReadOnlyDictionary<string, string>? texts = null, RowCodeKind codeKind = RowCodeKind.None)
    {
        var cells = new Dictionary<string, decimal?>(values.Count, StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var column = values[i];
            cells[column.Key ?? $"c{i}"] = role is RowRole.Total or RowRole.Subtotal or RowRole.Footer && !column.Additive
                ? null
                : ToCell(sums[i]);
        }

        return new TableRow
        {
            Key = key,
            Code = code,
            CodeKind = code is null ? RowCodeKind.None : codeKind,
            Label = label,
            Level = level,
            Role = role,
            Side = side,
            Cells = cells,
            Texts = texts ?? new Dictionary<string, string>(),
        };
    }

    // Adding 0.00m gives every figure two decimals (368.80, not 368.8), as tables print them.
    public static decimal? ToCell(long hundredths) => hundredths == 0 ? null : (hundredths / 100m) + 0.00m;
}
