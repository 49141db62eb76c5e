using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Builds <see cref="LineFacts"/> for a dataset, optionally for one unit only.</summary>
internal static class LineFactsBuilder
{
    public static LineFacts Build(BudgetDataset dataset, ClassificationSet classifications, string? unitCode)
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
            Expenditures = BuildExpenditures(dataset, classifications, units, unitIndex, projects, projectIndex),
            Revenues = BuildRevenues(dataset, unitIndex),
        };
    }

    /// <summary>An amount in hundredths of 万元, rounded half-up (四舍五入).</summary>
    internal static long Hundredths(AmountUnit unit, decimal amount) =>
        (long)Math.Round(unit.ToTenThousandYuan(amount) * 100m, MidpointRounding.AwayFromZero);

    private static ExpenditureFacts BuildExpenditures(
        BudgetDataset dataset,
        ClassificationSet classifications,
        IReadOnlyList<BudgetUnit> units,
        Dictionary<string, int> unitIndex,
        List<Project> projects,
        Dictionary<string, int> projectIndex)
    {
        var source = dataset.Expenditures;
        var selected = new List<int>(source.Count);
        var lineUnits = new List<int>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            if (unitIndex.TryGetValue(source[i].Unit, out var u))
            {
                selected.Add(i);
                lineUnits.Add(u);
            }
        }

        var n = selected.Count;
        var facts = new ExpenditureFactsArrays(n);
        var functionSlots = new SlotMap<int>();
        var economicSlots = new SlotMap<int>();
        var governmentSlots = new SlotMap<int>();
        var pairSlots = new SlotMap<(int, int)>();
        var governmentCache = new Dictionary<(int, BodyKind), int>();
        for (var k = 0; k < n; k++)
        {
            var line = source[selected[k]];
            var unit = units[lineUnits[k]];
            var body = line.Body ?? unit.Kind.DefaultBodyKind();
            var project = line.Project is { } p && projectIndex.TryGetValue(p, out var pi) ? pi : -1;
            var category = project >= 0 ? projects[project].Category : (ProjectCategory?)null;
            var economic = line.Economic.Value;
            if (!governmentCache.TryGetValue((economic, body), out var government))
            {
                government = classifications.Mapping.Map(line.Economic, body)?.Value ?? 0;
                governmentCache[(economic, body)] = government;
            }

            facts.Class[k] = LineClass.Of(line.Kind, line.Source, line.CarryOver, line.Economic.Class.Value, category, body).Value;
            facts.Amount[k] = Hundredths(dataset.AmountUnit, line.Amount);
            facts.Unit[k] = lineUnits[k];
            facts.Function[k] = functionSlots.Slot(line.Function.Value);
            facts.Economic[k] = economicSlots.Slot(economic);
            facts.Government[k] = governmentSlots.Slot(government);
            facts.Pair[k] = pairSlots.Slot((economic, government));
            facts.Project[k] = project;
        }

        return new ExpenditureFacts
        {
            Class = facts.Class,
            Amount = facts.Amount,
            Unit = facts.Unit,
            Function = facts.Function,
            Economic = facts.Economic,
            Government = facts.Government,
            Pair = facts.Pair,
            Project = facts.Project,
            FunctionCodes = functionSlots.Keys(),
            EconomicCodes = economicSlots.Keys(),
            GovernmentCodes = governmentSlots.Keys(),
            PairCodes = pairSlots.Keys(),
        };
    }

    private static RevenueFacts BuildRevenues(BudgetDataset dataset, Dictionary<string, int> unitIndex)
    {
        var lines = dataset.Revenues.Where(r => unitIndex.ContainsKey(r.Unit)).ToList();
        return new RevenueFacts
        {
            Class = lines.Select(r => LineClass.OfRevenue(r.Source, r.CarryOver).Value).ToArray(),
            Amount = lines.Select(r => Hundredths(dataset.AmountUnit, r.Amount)).ToArray(),
            Unit = lines.Select(r => unitIndex[r.Unit]).ToArray(),
        };
    }

    private sealed class ExpenditureFactsArrays(int n)
    {
        public int[] Class { get; } = new int[n];

        public long[] Amount { get; } = new long[n];

        public int[] Unit { get; } = new int[n];

        public int[] Function { get; } = new int[n];

        public int[] Economic { get; } = new int[n];

        public int[] Government { get; } = new int[n];

        public int[] Pair { get; } = new int[n];

        public int[] Project { get; } = new int[n];
    }
}

/// <summary>Assigns dense slots 0, 1, 2 … to distinct keys in order of first appearance.</summary>
internal sealed class SlotMap<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> slots = [];
    private readonly List<TKey> keys = [];

    public int Slot(TKey key)
    {
        if (!slots.TryGetValue(key, out var slot))
        {
            slot = keys.Count;
            slots[key] = slot;
            keys.Add(key);
        }

        return slot;
    }

    public TKey[] Keys() => [.. keys];
}
