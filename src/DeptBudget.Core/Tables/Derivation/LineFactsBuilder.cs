using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Builds <see cref="LineFacts"/> for a dataset, optionally for one unit only.</summary>
internal static class LineFactsBuilder
{
    /// <param name="parallel">Fill the expenditure arrays on several threads (large datasets only).</param>
    public static LineFacts Build(BudgetDataset dataset, ClassificationSet classifications, string? unitCode, bool parallel = false)
    {
        var single = unitCode is null ? null : dataset.FindUnit(unitCode)
            ?? throw new ArgumentException($"单位 {unitCode} 不在数据集中。", nameof(unitCode));
        var units = single is null ? dataset.Units : [single];
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var unitByCode = new Dictionary<string, BudgetUnit>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            unitIndex[units[i].Code] = i;
            unitByCode.TryAdd(units[i].Code, units[i]);
        }

        var projects = dataset.Projects.Where(p => unitIndex.ContainsKey(p.Unit)).ToList();
        var projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
        {
            projectIndex.TryAdd(projects[i].Code, i);
        }

        return new LineFacts
        {
            Dataset = dataset,
            Classifications = classifications,
            Units = units,
            UnitByCode = unitByCode,
            Projects = projects,
            SingleUnit = single,
            Expenditures = new ExpenditureFactsBuilder(dataset, classifications, units, unitIndex, projects, projectIndex).Build(parallel),
            Revenues = BuildRevenues(dataset, unitIndex),
        };
    }

    /// <summary>An amount in hundredths of 万元, rounded half-up (四舍五入).</summary>
    internal static long Hundredths(AmountUnit unit, decimal amount) => Amounts.Hundredths(unit, amount);

    private static RevenueFacts BuildRevenues(BudgetDataset dataset, Dictionary<string, int> unitIndex)
    {
        var lines = dataset.Revenues.Where(r => unitIndex.ContainsKey(r.Unit)).ToList();
        var classes = new SlotMap<int>();
        return new RevenueFacts
        {
            ClassSlot = lines.Select(r => classes.Slot(LineClass.OfRevenue(r.Source, r.CarryOver).Value)).ToArray(),
            ClassValues = classes.Keys(),
            Amount = lines.Select(r => Hundredths(dataset.AmountUnit, r.Amount)).ToArray(),
            Unit = lines.Select(r => unitIndex[r.Unit]).ToArray(),
        };
    }
}
