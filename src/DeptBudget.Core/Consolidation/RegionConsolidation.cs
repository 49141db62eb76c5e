using DeptBudget.Core.Model;

namespace DeptBudget.Core.Consolidation;

/// <summary>
/// 汇总: a region's summary is one dataset whose units are every unit of every department, so that
/// its tables are derived exactly as a department's are.
/// </summary>
public static class RegionConsolidation
{
    public static BudgetDataset Merge(IReadOnlyList<BudgetDataset> departments, string regionCode, string regionName)
    {
        if (departments.Count == 0)
        {
            throw new ArgumentException("汇总至少需要一个部门的数据。", nameof(departments));
        }

        var years = departments.Select(d => d.Year).Distinct().ToList();
        if (years.Count > 1)
        {
            throw new ArgumentException($"汇总的部门预算年度不一致：{string.Join("、", years)}。", nameof(departments));
        }

        var duplicates = departments.SelectMany(d => d.Units).GroupBy(u => u.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException($"汇总的部门中单位编码重复：{string.Join("、", duplicates)}。", nameof(departments));
        }

        var duplicateProjects = departments.SelectMany(d => d.Projects).GroupBy(p => p.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicateProjects.Count > 0)
        {
            throw new ArgumentException($"汇总的部门中项目编码重复：{string.Join("、", duplicateProjects)}。", nameof(departments));
        }

        var unit = departments[0].AmountUnit;
        return new BudgetDataset
        {
            Year = years[0],
            AmountUnit = unit,
            Department = new Department { Code = regionCode, Name = regionName, Region = regionName },
            Units = departments.SelectMany(d => d.Units).ToList(),
            Revenues = departments.SelectMany(d => d.Revenues.Select(r => r with { Amount = Convert(d, unit, r.Amount) })).ToList(),
            Expenditures = departments.SelectMany(d => d.AmountUnit == unit ? d.Expenditures : d.Expenditures.Select(e => e with { Amount = Convert(d, unit, e.Amount) })).ToList(),
            Projects = departments.SelectMany(d => d.Projects).ToList(),
            ThreePublic = departments.SelectMany(d => d.ThreePublic.Select(t => t with { ThisYear = Convert(d, unit, t.ThisYear), LastYear = Convert(d, unit, t.LastYear) })).ToList(),
            Procurement = departments.SelectMany(d => d.Procurement).ToList(),
            PurchasedServices = departments.SelectMany(d => d.PurchasedServices.Select(s => s with { Amount = Convert(d, unit, s.Amount) })).ToList(),
            SpecialTransfers = departments.SelectMany(d => d.SpecialTransfers.Select(s => s with { Amount = Convert(d, unit, s.Amount) })).ToList(),
        };
    }

    private static decimal Convert(BudgetDataset from, AmountUnit to, decimal amount) => (from.AmountUnit, to) switch
    {
        (AmountUnit.Yuan, AmountUnit.TenThousandYuan) => amount / 10_000m,
        (AmountUnit.TenThousandYuan, AmountUnit.Yuan) => amount * 10_000m,
        _ => amount,
    };

    private static ThreePublicAmounts Convert(BudgetDataset from, AmountUnit to, ThreePublicAmounts a) => new()
    {
        Abroad = Convert(from, to, a.Abroad),
        VehiclePurchase = Convert(from, to, a.VehiclePurchase),
        VehicleOperation = Convert(from, to, a.VehicleOperation),
        Reception = Convert(from, to, a.Reception),
    };
}
