using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// Derives a part over expenditure or revenue lines in one pass: each line adds its amount to the
/// value columns its class matches, in every row block's accumulator.
/// </summary>
internal sealed class LinePartDeriver
{
    private readonly LineFacts facts;
    private readonly PartSpec part;
    private readonly ColumnPlan plan;
    private readonly bool revenue;
    private readonly List<FixedRowSpec> fixedRows = [];
    private readonly Dictionary<int, ulong> columnMasks = [];
    private readonly Dictionary<int, ulong> fixedMasks = [];

    public LinePartDeriver(LineFacts facts, PartSpec part, ColumnPlan plan)
    {
        this.facts = facts;
        this.part = part;
        this.plan = plan;
        revenue = part.Source == LineSource.Revenues;
        foreach (var block in part.Rows)
        {
            if (block.Type == RowBlockType.Fixed)
            {
                fixedRows.AddRange(block.Rows ?? []);
            }
        }

        if (fixedRows.Count > 64)
        {
            throw new ArgumentException("一个表的一侧最多 64 个固定行。", nameof(part));
        }
    }

    public PartSums Accumulate()
    {
        var width = plan.Values.Count;
        var (classes, amounts, units, count) = revenue
            ? (facts.Revenues.Class, facts.Revenues.Amount, facts.Revenues.Unit, facts.Revenues.Count)
            : (facts.Expenditures.Class, facts.Expenditures.Amount, facts.Expenditures.Unit, facts.Expenditures.Count);
        var sums = new PartSums(facts, width, fixedRows.Count, revenue, part.Rows);
        for (var k = 0; k < count; k++)
        {
            var cls = classes[k];
            var mask = ColumnMask(cls);
            if (mask == 0)
            {
                continue;
            }

            var amount = amounts[k];
            sums.All.Add(0, mask, amount);
            sums.Units.Add(units[k], mask, amount);
            if (fixedRows.Count > 0)
            {
                var rowsMask = FixedMask(cls);
                while (rowsMask != 0)
                {
                    var row = System.Numerics.BitOperations.TrailingZeroCount(rowsMask);
                    sums.Fixed.Add(row, mask, amount);
                    rowsMask &= rowsMask - 1;
                }
            }

            if (!revenue)
            {
                sums.AddExpenditure(k, mask, amount);
            }
        }

        return sums;
    }

    private ulong ColumnMask(int cls)
    {
        if (!columnMasks.TryGetValue(cls, out var mask))
        {
            var line = new LineClass(cls);
            if (part.Filter.Matches(line, revenue))
            {
                for (var i = 0; i < plan.Values.Count; i++)
                {
                    if (plan.Values[i].Filter.Matches(line, revenue))
                    {
                        mask |= 1UL << i;
                    }
                }
            }

            columnMasks[cls] = mask;
        }

        return mask;
    }

    private ulong FixedMask(int cls)
    {
        if (!fixedMasks.TryGetValue(cls, out var mask))
        {
            var line = new LineClass(cls);
            for (var i = 0; i < fixedRows.Count; i++)
            {
                if (fixedRows[i].Filter.Matches(line, revenue))
                {
                    mask |= 1UL << i;
                }
            }

            fixedMasks[cls] = mask;
        }

        return mask;
    }
}
