using System.Globalization;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>政府采购预算 rows: one per procurement line, optionally under a heading row per unit, and totals.</summary>
internal static class ProcurementPart
{
    public static IEnumerable<TableRow> Rows(LineFacts facts, PartSpec part, ColumnPlan plan, TableUnit unit)
    {
        var units = facts.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var lines = facts.Dataset.Procurement.Where(l => units.ContainsKey(l.Unit) && Matches(part.Filter, l)).ToList();
        var projects = facts.Dataset.Projects.DistinctBy(p => p.Code).ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var factory = new RowFactory(plan.Values, part.Side);
        long[] Sum(IEnumerable<ProcurementLine> selected) => plan.Values
            .Select(c => selected.Where(l => Matches(c.Filter, l)).Sum(l => Cents(Measure(l, c.Measure), c.Measure == "quantity" ? TableUnit.Yuan : unit)))
            .ToArray();

        foreach (var block in part.Rows)
        {
            switch (block.Type)
            {
                case RowBlockType.Total:
                    yield return factory.Make("total", null, block.Label ?? "合计", 0, RowRole.Total, Sum(lines));
                    break;
                case RowBlockType.ProcurementLines:
                    foreach (var group in lines.GroupBy(l => l.Unit))
                    {
                        var owner = units[group.Key];
                        if (block.GroupByUnit)
                        {
                            var texts = UnitTexts.Of(owner.Code, owner.Name);
                            yield return factory.Make($"unit:{owner.Code}", owner.Code, owner.Name, 1, RowRole.Subtotal, Sum(group), texts, RowCodeKind.Unit);
                        }

                        var index = 0;
                        foreach (var line in group)
                        {
                            index++;
                            var label = line.Name ?? (line.Project is { } p && projects.TryGetValue(p, out var name) ? name : line.ItemName);
                            yield return factory.Make($"unit:{owner.Code}/line:{index}", line.ItemCode, label, 2, RowRole.Detail, Sum([line]), Texts(line, owner, projects), RowCodeKind.ProcurementItem);
                        }
                    }

                    break;
                default:
                    throw new ArgumentException($"政府采购表不支持行块 {block.Type}。", nameof(part));
            }
        }
    }

    private static Dictionary<string, string> Texts(ProcurementLine line, BudgetUnit owner, Dictionary<string, string> projects) => new()
    {
        ["unitCode"] = owner.Code,
        ["unitName"] = owner.Name,
        ["item"] = $"[{line.ItemCode}]{line.ItemName}",
        ["itemCode"] = line.ItemCode,
        ["itemName"] = line.ItemName,
        ["project"] = line.Project is { } p && projects.TryGetValue(p, out var name) ? name : line.Name ?? "",
        ["function"] = line.Function?.ToString() ?? "",
        ["economic"] = line.Economic?.ToString() ?? "",
        ["category"] = line.Category switch
        {
            ProcurementCategory.Goods => "货物",
            ProcurementCategory.Works => "工程",
            ProcurementCategory.Services => "服务",
            null => "",
        },
    };

    private static bool Matches(LineFilter? filter, ProcurementLine line) =>
        filter?.ProcurementCategories is not { } categories || (line.Category is { } c && categories.Contains(c));

    private static decimal Measure(ProcurementLine line, string? measure) => measure switch
    {
        "amount" or null => line.Amount,
        "quantity" => line.Quantity,
        "unitPrice" => line.UnitPrice,
        "smeAmount" => line.SmeAmount,
        "microAmount" => line.MicroAmount,
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"政府采购表没有名为 {measure} 的数值。"), nameof(measure)),
    };

    /// <summary>Procurement amounts are in 元; a table in 万元 converts them (quantities are passed as 元 to stay as they are).</summary>
    private static long Cents(decimal yuan, TableUnit unit) =>
        (long)Math.Round((unit == TableUnit.Yuan ? yuan : yuan / 10_000m) * 100m, MidpointRounding.AwayFromZero);
}
