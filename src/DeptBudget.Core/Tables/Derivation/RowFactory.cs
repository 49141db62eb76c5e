using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Makes table rows from sums in hundredths; zero prints as an empty cell, as published tables do.</summary>
internal sealed class RowFactory(IReadOnlyList<ColumnSpec> values, TableSide side)
{
    private readonly RowKeys keys = new(values.Select((c, i) => c.Key ?? $"c{i}"));

    public TableRow Make(string key, string? code, string label, int level, RowRole role, long[] sums, IReadOnlyDictionary<string, string>? texts = null, RowCodeKind codeKind = RowCodeKind.None)
    {
        var cells = new decimal?[keys.Count];
        var totals = role is RowRole.Total or RowRole.Subtotal or RowRole.Footer;
        for (var i = 0; i < values.Count; i++)
        {
            cells[keys.Positions[i]] = totals && !values[i].Additive ? null : ToCell(sums[i]);
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
            Cells = new RowMap<decimal?>(keys, cells),
            Texts = texts ?? RowMap<string>.Empty,
        };
    }

    /// <summary>Hundredths as a figure with two decimals (368.80, not 368.8), as tables print them; zero is an empty cell.</summary>
    public static decimal? ToCell(long hundredths)
    {
        if (hundredths == 0)
        {
            return null;
        }

        var magnitude = hundredths < 0 ? (ulong)(-(hundredths + 1)) + 1 : (ulong)hundredths;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, hundredths < 0, 2);
    }
}
