using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// Sums a part: each line adds its amount to the value columns its class matches, in every row
/// block's accumulator. Revenue parts pass over their lines; expenditure parts fold the
/// <see cref="ClassCube"/> and pass over the lines only for what it does not hold (units, projects).
/// </summary>
internal sealed class LinePartDeriver
{
    private readonly LineFacts facts;
    private readonly PartSpec part;
    private readonly ColumnPlan plan;
    private readonly bool revenue;
    private readonly List<FixedRowSpec> fixedRows = [];

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
        LineArrays lines = revenue ? facts.Revenues : facts.Expenditures;
        var sums = new PartSums(facts, width, fixedRows.Count, revenue, part.Rows);

        // Filters are evaluated once per distinct line class, not once per line.
        var masks = Array.ConvertAll(lines.ClassValues, ColumnMask);
        var rowMasks = fixedRows.Count > 0 ? Array.ConvertAll(lines.ClassValues, FixedMask) : [];
        if (revenue)
        {
            AddLines(lines, sums, masks, rowMasks, sums.All, sums.Fixed, expenditures: false);
        }
        else
        {
            // Totals, fixed rows and most groupings come from the cube; units and projects need the lines.
            sums.Fold(facts.Expenditures.Cube, masks, rowMasks);
            if (sums.Units.Slots > 0 || sums.NeedsLinePass)
            {
                AddLines(lines, sums, masks, [], null, null, expenditures: true);
            }
        }

        return sums;
    }

    /// <summary>One pass over the lines, adding each to the sums given (null: already added).</summary>
    private static void AddLines(LineArrays lines, PartSums sums, ulong[] masks, ulong[] rowMasks, Accumulator? all, Accumulator? fixedRows, bool expenditures)
    {
        var classSlots = lines.ClassSlot;
        var amounts = lines.Amount;
        var units = lines.Unit;
        var byUnit = sums.Units.Slots > 0 ? sums.Units : null;
        for (var k = 0; k < classSlots.Length; k++)
        {
            var slot = classSlots[k];
            var mask = masks[slot];
            if (mask == 0)
            {
                continue;
            }

            var amount = amounts[k];
            all?.Add(0, mask, amount);
            byUnit?.Add(units[k], mask, amount);
            if (fixedRows is not null && rowMasks.Length > 0)
            {
                for (var rows = rowMasks[slot]; rows != 0; rows &= rows - 1)
                {
                    fixedRows.Add(System.Numerics.BitOperations.TrailingZeroCount(rows), mask, amount);
                }
            }

            if (expenditures)
            {
                sums.AddExpenditure(k, mask, amount);
            }
        }
    }

    /// <summary>The value columns a line class adds to (none when the part's filter rejects it).</summary>
    private ulong ColumnMask(int cls)
    {
        var mask = 0UL;
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

        return mask;
    }

    /// <summary>The fixed rows a line class adds to.</summary>
    private ulong FixedMask(int cls)
    {
        var mask = 0UL;
        var line = new LineClass(cls);
        for (var i = 0; i < fixedRows.Count; i++)
        {
            if (fixedRows[i].Filter.Matches(line, revenue))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
