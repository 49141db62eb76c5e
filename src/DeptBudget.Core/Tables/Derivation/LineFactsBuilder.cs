using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Builds <see cref="LineFacts"/> for a dataset, optionally for one unit only.</summary>
internal static class LineFactsBuilder
{
    /// <param name="parallel">Fill the expenditure arrays on several threads (large datasets only).</param>
    /// <param name="cubeLimit">The largest matrix of the expenditure <see cref="ClassCube"/> (tests lower it to sum line by line).</param>
    public static LineFacts Build(BudgetDataset dataset, ClassificationSet classifications, string? unitCode, bool parallel = false, long cubeLimit = ClassCube.MaxCells)
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

        var inScope = new UnitLookup(unitIndex);
        var projects = dataset.Projects.Where(p => inScope.Of(p.Unit) >= 0).ToList();
        var projectIndex = new Dictionary<string, int>(projects.Count, StringComparer.Ordinal);
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
            Expenditures = new ExpenditureFactsBuilder(dataset, classifications, units, unitIndex, projects, projectIndex).Build(parallel, allUnits: single is null, cubeLimit: cubeLimit),
            Revenues = BuildRevenues(dataset, unitIndex),
        };
    }

    /// <summary>An amount in hundredths of 万元, rounded half-up (四舍五入).</summary>
    internal static long Hundredths(AmountUnit unit, decimal amount) => Amounts.Hundredths(unit, amount);

    private static RevenueFacts BuildRevenues(BudgetDataset dataset, Dictionary<string, int> unitIndex)
    {
        var lookup = new UnitLookup(unitIndex);
        var classes = new SlotMap<int>();
        var classSlots = new List<int>(dataset.Revenues.Count);
        var amounts = new List<long>(dataset.Revenues.Count);
        var units = new List<int>(dataset.Revenues.Count);
        foreach (var line in dataset.Revenues)
        {
            var unit = lookup.Of(line.Unit);
            if (unit >= 0)
            {
                classSlots.Add(classes.Slot(LineClass.OfRevenue(line.Source, line.CarryOver).Value));
                amounts.Add(Hundredths(dataset.AmountUnit, line.Amount));
                units.Add(unit);
            }
        }

        return new RevenueFacts { ClassSlot = [.. classSlots], ClassValues = classes.Keys(), Amount = [.. amounts], Unit = [.. units] };
    }

    /// <summary>A unit's index by code, or -1; lines of one unit usually follow each other and share a lookup.</summary>
    private sealed class UnitLookup(Dictionary<string, int> unitIndex)
    {
        private string? last;
        private int unit = -1;

        public int Of(string code)
        {
            if (last is null || !string.Equals(code, last, StringComparison.Ordinal))
            {
                unit = unitIndex.TryGetValue(code, out var u) ? u : -1;
                last = code;
            }

            return unit;
        }
    }
}
