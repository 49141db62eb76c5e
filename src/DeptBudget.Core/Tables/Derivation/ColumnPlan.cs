using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>The column tree of a part turned into table columns, and its value leaves in order.</summary>
internal sealed class ColumnPlan
{
    private ColumnPlan(IReadOnlyList<Column> columns, IReadOnlyList<ColumnSpec> values)
    {
        Columns = columns;
        Values = values;
    }

    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The value leaves; their index is the bit in a column mask.</summary>
    public IReadOnlyList<ColumnSpec> Values { get; }

    public static ColumnPlan Of(PartSpec part)
    {
        var values = new List<ColumnSpec>();
        var columns = part.Columns.Select(c => Convert(c, part.Side, values)).ToList();
        if (values.Count > 64)
        {
            throw new ArgumentException("一个表的一侧最多 64 个数值列。", nameof(part));
        }

        return new ColumnPlan(columns, values);
    }

    private static Column Convert(ColumnSpec spec, TableSide side, List<ColumnSpec> values)
    {
        if (spec.Children.Count == 0 && spec.Kind == ColumnKind.Value)
        {
            values.Add(spec);
        }

        return new Column
        {
            Key = spec.Key,
            Label = spec.Label,
            Kind = spec.Kind,
            TextKey = spec.Text,
            Side = side,
            Children = spec.Children.Select(c => Convert(c, side, values)).ToList(),
        };
    }
}
