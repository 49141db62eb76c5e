using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>"三公"经费 rows: this year's and last year's amounts of the units in scope.</summary>
internal static class ThreePublicPart
{
    public static IEnumerable<TableRow> Rows(LineFacts facts, PartSpec part, ColumnPlan plan)
    {
        var units = facts.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var lines = facts.Dataset.ThreePublic.Where(l => units.Contains(l.Unit)).ToList();
        var factory = new RowFactory(plan.Values, part.Side);
        foreach (var block in part.Rows)
        {
            var specs = block.Type switch
            {
                RowBlockType.ThreePublicYears => block.Rows ?? [],
                RowBlockType.Total or RowBlockType.Department => [new FixedRowSpec { Label = block.Label ?? "合计", Year = "this", Role = RowRole.Total, Level = 0 }],
                _ => throw new ArgumentException($"“三公”经费表不支持行块 {block.Type}。", nameof(part)),
            };
            foreach (var spec in specs)
            {
                var last = spec.Year == "last";
                var sums = plan.Values
                    .Select(c => c.Filter?.Nothing == true ? 0 : lines.Sum(l => LineFactsBuilder.Hundredths(facts.Dataset.AmountUnit, Measure(last ? l.LastYear : l.ThisYear, c.Measure))))
                    .ToArray();
                yield return factory.Make(spec.Key ?? (last ? "lastYear" : "thisYear"), null, spec.Label, spec.Level, spec.Role, sums);
            }
        }
    }

    private static decimal Measure(ThreePublicAmounts amounts, string? measure) => measure switch
    {
        "total" or null => amounts.Total,
        "abroad" => amounts.Abroad,
        "vehicles" => amounts.Vehicles,
        "vehiclePurchase" => amounts.VehiclePurchase,
        "vehicleOperation" => amounts.VehicleOperation,
        "reception" => amounts.Reception,
        _ => throw new ArgumentException($"“三公”经费表没有名为 {measure} 的数值。", nameof(measure)),
    };
}
