using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Bench.Sql;

/// <summary>
/// The consolidated dataset as the rows of the SQL tables: integer ids for units and projects,
/// enums as their integer values, amounts in hundredths of 万元 (BIGINT, exact, rounded half-up as
/// the derivation rounds them), and the economic mapping resolved for every department code the lines use, for both kinds of body.
/// </summary>
public sealed class FlatRegion
{
    private FlatRegion()
    {
    }

    public required string[] UnitCodes { get; init; }

    /// <summary>The unit's default body kind (0 机关, 1 事业单位).</summary>
    public required int[] UnitBodies { get; init; }

    public required string[] ProjectCodes { get; init; }

    public required int[] ProjectCategories { get; init; }

    public required (int Economic, int Body, int Government)[] EconomicMap { get; init; }

    public required ExpenditureRows Expenditures { get; init; }

    public required RevenueRows Revenues { get; init; }

    public static FlatRegion Of(BudgetDataset dataset, ClassificationSet classifications)
    {
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Units.Count; i++)
        {
            unitIndex[dataset.Units[i].Code] = i;
        }

        var projects = dataset.Projects.Where(p => unitIndex.ContainsKey(p.Unit)).ToList();
        var projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
        {
            projectIndex.TryAdd(projects[i].Code, i);
        }

        var expenditures = ExpenditureRows.Of(dataset, unitIndex, projectIndex);
        var map = new List<(int, int, int)>();
        foreach (var economic in expenditures.Economic.Distinct().Order())
        {
            foreach (var body in Enum.GetValues<BodyKind>())
            {
                if (classifications.Mapping.Map(new EconomicCode(economic), body) is { } government)
                {
                    map.Add((economic, (int)body, government.Value));
                }
            }
        }

        return new FlatRegion
        {
            UnitCodes = dataset.Units.Select(u => u.Code).ToArray(),
            UnitBodies = dataset.Units.Select(u => (int)u.Kind.DefaultBodyKind()).ToArray(),
            ProjectCodes = projects.Select(p => p.Code).ToArray(),
            ProjectCategories = projects.Select(p => (int)p.Category).ToArray(),
            EconomicMap = [.. map],
            Expenditures = expenditures,
            Revenues = RevenueRows.Of(dataset, unitIndex),
        };
    }

    internal static long Hundredths(AmountUnit unit, decimal amount) =>
        (long)Math.Round(unit.ToTenThousandYuan(amount) * 100m, MidpointRounding.AwayFromZero);
}

/// <summary>The rows of the expenditures table, column by column; -1 stands for NULL in Project and Body.</summary>
public sealed class ExpenditureRows
{
    private ExpenditureRows(int n)
    {
        Unit = new int[n];
        Function = new int[n];
        Economic = new int[n];
        Kind = new int[n];
        Source = new int[n];
        CarryOver = new int[n];
        Project = new int[n];
        Body = new int[n];
        Amount = new long[n];
    }

    public int Count => Amount.Length;

    public int[] Unit { get; }

    public int[] Function { get; }

    public int[] Economic { get; }

    public int[] Kind { get; }

    public int[] Source { get; }

    public int[] CarryOver { get; }

    public int[] Project { get; }

    public int[] Body { get; }

    public long[] Amount { get; }

    internal static ExpenditureRows Of(BudgetDataset dataset, Dictionary<string, int> units, Dictionary<string, int> projects)
    {
        var lines = dataset.Expenditures.Where(l => units.ContainsKey(l.Unit)).ToList();
        var rows = new ExpenditureRows(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            rows.Unit[i] = units[line.Unit];
            rows.Function[i] = line.Function.Value;
            rows.Economic[i] = line.Economic.Value;
            rows.Kind[i] = (int)line.Kind;
            rows.Source[i] = (int)line.Source;
            rows.CarryOver[i] = line.CarryOver ? 1 : 0;
            rows.Project[i] = line.Project is { } code && projects.TryGetValue(code, out var project) ? project : -1;
            rows.Body[i] = line.Body is { } body ? (int)body : -1;
            rows.Amount[i] = FlatRegion.Hundredths(dataset.AmountUnit, line.Amount);
        }

        return rows;
    }
}

/// <summary>The rows of the revenues table, column by column.</summary>
public sealed class RevenueRows
{
    public required int[] Unit { get; init; }

    public required int[] Source { get; init; }

    public required int[] CarryOver { get; init; }

    public required long[] Amount { get; init; }

    public int Count => Amount.Length;

    internal static RevenueRows Of(BudgetDataset dataset, Dictionary<string, int> units)
    {
        var lines = dataset.Revenues.Where(r => units.ContainsKey(r.Unit)).ToList();
        return new RevenueRows
        {
            Unit = lines.Select(r => units[r.Unit]).ToArray(),
            Source = lines.Select(r => (int)r.Source).ToArray(),
            CarryOver = lines.Select(r => r.CarryOver ? 1 : 0).ToArray(),
            Amount = lines.Select(r => FlatRegion.Hundredths(dataset.AmountUnit, r.Amount)).ToArray(),
        };
    }
}
