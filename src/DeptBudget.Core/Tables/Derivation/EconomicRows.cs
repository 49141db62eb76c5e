using System.Globalization;
using DeptBudget.Core.Classifications;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>经济分类 rows: department (3xx) or government (5xx) 类/款, and department–government pairs.</summary>
internal sealed class EconomicRows(LineFacts facts, PartSums sums, RowFactory rows)
{
    private static readonly RowKeys PairTexts = new(["govCode", "govName"]);

    public IEnumerable<TableRow> Build(RowBlockSpec block)
    {
        var government = block.Scheme == "government";
        var (accumulator, codes, list) = government
            ? (sums.Government, facts.Expenditures.GovernmentCodes, facts.Classifications.GovernmentEconomic)
            : (sums.Economic, facts.Expenditures.EconomicCodes, facts.Classifications.DepartmentEconomic);
        var prefix = government ? "g" : "e";
        var shown = block.Levels ?? [1, 2];
        var leaves = new Dictionary<int, long[]>();
        for (var slot = 0; slot < accumulator.Slots; slot++)
        {
            if (accumulator.Any(slot))
            {
                var values = accumulator.Row(slot);
                leaves[codes[slot]] = leaves.TryGetValue(codes[slot], out var existing) ? Accumulator.Sum([existing, values], sums.Width) : values;
            }
        }

        foreach (var byClass in leaves.GroupBy(p => p.Key / 100).OrderBy(g => g.Key == 0 ? int.MaxValue : g.Key))
        {
            if (shown.Contains(1) && byClass.Key != 0)
            {
                var code = Text(byClass.Key);
                yield return rows.Make($"{prefix}:{code}", code, Name(list, code), 1, shown.Contains(2) ? RowRole.Subtotal : RowRole.Detail, Accumulator.Sum(byClass.Select(p => p.Value), sums.Width), codeKind: RowCodeKind.Economic);
            }

            if (shown.Contains(2))
            {
                foreach (var (value, sum) in byClass.OrderBy(p => p.Key))
                {
                    var code = value == 0 ? "" : Text(value);
                    var label = value == 0 ? "（无对照的政府经济分类）" : Name(list, code);
                    yield return rows.Make($"{prefix}:{code}", value == 0 ? null : code, label, 2, RowRole.Detail, sum, codeKind: RowCodeKind.Economic);
                }
            }
        }
    }

    public IEnumerable<TableRow> Pairs()
    {
        var pairs = facts.Expenditures.PairCodes;
        var order = Enumerable.Range(0, sums.Pair.Slots)
            .Where(sums.Pair.Any)
            .OrderBy(slot => pairs[slot].Department)
            .ThenBy(slot => pairs[slot].Government);
        foreach (var slot in order)
        {
            var (department, government) = pairs[slot];
            var code = Text(department);
            var gov = government == 0 ? "" : Text(government);
            var texts = new RowMap<string>(PairTexts, [gov, government == 0 ? "（无对照）" : Name(facts.Classifications.GovernmentEconomic, gov)]);
            yield return rows.Make($"e:{code}|{gov}", code, Name(facts.Classifications.DepartmentEconomic, code), 2, RowRole.Detail, sums.Pair.Row(slot), texts, RowCodeKind.Economic);
        }
    }

    private static string Name(CodeList list, string code) => list.NameOf(code) ?? "（科目表中没有的科目）";

    private static string Text(int code) => code.ToString(CultureInfo.InvariantCulture);
}
