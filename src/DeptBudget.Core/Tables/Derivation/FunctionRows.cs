using System.Globalization;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>支出功能分类 rows: 类/款/项 with data, and the fixed national list of 类.</summary>
internal sealed class FunctionRows(LineFacts facts, PartSums sums, RowFactory rows)
{
    public IEnumerable<TableRow> Build(RowBlockSpec block)
    {
        if (!block.ByUnit)
        {
            return Hierarchy(LeafSums(), block.Levels, "");
        }

        var result = new List<TableRow>();
        foreach (var unitGroup in sums.ByUnitFunction.GroupBy(p => p.Key.Unit).OrderBy(g => g.Key))
        {
            var unit = facts.Units[unitGroup.Key];
            var leaves = unitGroup
                .Where(p => p.Value.Any(v => v != 0))
                .ToDictionary(p => facts.Expenditures.FunctionCodes[p.Key.Function], p => p.Value);
            if (leaves.Count == 0)
            {
                continue;
            }

            var texts = UnitTexts.Of(unit.Code, unit.Name);
            result.Add(rows.Make($"unit:{unit.Code}", unit.Code, unit.Name, 1, RowRole.Subtotal, Accumulator.Sum(leaves.Values, sums.Width), texts, RowCodeKind.Unit));
            result.AddRange(Hierarchy(leaves, block.Levels, $"unit:{unit.Code}/"));
        }

        return result;
    }

    public IEnumerable<TableRow> Classes(RowBlockSpec block)
    {
        var byClass = LeafSums()
            .GroupBy(p => p.Key / 10_000)
            .ToDictionary(g => g.Key, g => Accumulator.Sum(g.Select(p => p.Value), sums.Width));
        var omit = block.Omit ?? [];
        var listed = facts.Classifications.Functions.Classes.Where(c => !omit.Contains(c.Code)).ToList();
        foreach (var entry in listed)
        {
            var code = int.Parse(entry.Code, CultureInfo.InvariantCulture);
            var label = ClassLabel(block, entry.Code, entry.Name);
            yield return rows.Make($"f:{entry.Code}", entry.Code, label, 1, RowRole.Detail, byClass.GetValueOrDefault(code) ?? new long[sums.Width], codeKind: RowCodeKind.Function);
        }

        foreach (var (code, values) in byClass.Where(p => !listed.Any(e => e.Code == Text(p.Key))).OrderBy(p => p.Key))
        {
            yield return rows.Make($"f:{code}", Text(code), $"{Text(code)}（科目表中没有的类）", 1, RowRole.Detail, values, codeKind: RowCodeKind.Function);
        }
    }

    private static string ClassLabel(RowBlockSpec block, string code, string officialName)
    {
        var name = block.Names?.GetValueOrDefault(code) ?? officialName;
        var format = block.LabelFormat ?? "{name}";
        var ordinal = int.Parse(code, CultureInfo.InvariantCulture) - 200;
        var shortName = name.EndsWith("支出", StringComparison.Ordinal) && name.Length >= 4 && block.Names?.ContainsKey(code) != true ? name[..^2] : name;
        return format
            .Replace("{cn}", ordinal is >= 1 and <= 99 ? ChineseNumerals.Of(ordinal) : code, StringComparison.Ordinal)
            .Replace("{name}", name, StringComparison.Ordinal)
            .Replace("{short}", shortName, StringComparison.Ordinal)
            .Replace("{code}", code, StringComparison.Ordinal);
    }

    private Dictionary<int, long[]> LeafSums()
    {
        var leaves = new Dictionary<int, long[]>();
        var codes = facts.Expenditures.FunctionCodes;
        for (var slot = 0; slot < sums.Function.Slots; slot++)
        {
            if (sums.Function.Any(slot))
            {
                leaves[codes[slot]] = sums.Function.Row(slot);
            }
        }

        return leaves;
    }

    private IEnumerable<TableRow> Hierarchy(Dictionary<int, long[]> leaves, IReadOnlyList<int>? levels, string keyPrefix)
    {
        var shown = levels ?? [1, 2, 3];
        var deepest = shown.Max();
        foreach (var byClass in leaves.GroupBy(p => p.Key / 10_000).OrderBy(g => g.Key))
        {
            if (shown.Contains(1))
            {
                yield return Row(byClass.Key, 1, Accumulator.Sum(byClass.Select(p => p.Value), sums.Width));
            }

            foreach (var bySection in byClass.GroupBy(p => p.Key / 100).OrderBy(g => g.Key))
            {
                if (shown.Contains(2))
                {
                    yield return Row(bySection.Key, 2, Accumulator.Sum(bySection.Select(p => p.Value), sums.Width));
                }

                if (shown.Contains(3))
                {
                    foreach (var item in bySection.OrderBy(p => p.Key))
                    {
                        yield return Row(item.Key, 3, item.Value);
                    }
                }
            }
        }

        TableRow Row(int code, int level, long[] values)
        {
            var text = Text(code);
            var name = facts.Classifications.Functions.NameOf(text) ?? "（科目表中没有的科目）";
            var role = level < deepest ? RowRole.Subtotal : RowRole.Detail;
            return rows.Make($"{keyPrefix}f:{text}", text, name, level, role, values, codeKind: RowCodeKind.Function);
        }
    }

    private static string Text(int code) => code.ToString(CultureInfo.InvariantCulture);
}
