using System.Globalization;
using DeptBudget.Core.Model;

namespace DeptBudget.Bench.Synthetic;

/// <summary>
/// Generates departments with realistic mixes: a 本级 administrative unit and mostly institutions
/// below it; personnel, operating and project lines; mostly 一般公共预算 money with some
/// 政府性基金, 财政专户, 事业收入 and carry-over; amounts with two decimals; revenue lines that
/// balance each unit's expenditure by source. Only lines the profile's tables print (<see cref="PrintedLines"/>).
/// </summary>
internal sealed class RegionGenerator(RegionScale scale, PrintedLines printed)
{
    private static readonly FunctionCode[] Pension = Codes(FunctionCatalogue.Pension);
    private static readonly FunctionCode[] Medical = Codes(FunctionCatalogue.Medical);
    private static readonly FunctionCode[] Housing = Codes(FunctionCatalogue.Housing);
    private static readonly int[] Sections = FunctionCatalogue.BusinessSections.Select(s => int.Parse(s.Code, CultureInfo.InvariantCulture)).ToArray();
    private static readonly EconomicCode[] Wages = EconomicCatalogue.SectionsOf(301);
    private static readonly EconomicCode[] Goods = EconomicCatalogue.SectionsOf(302);
    private static readonly EconomicCode[] Households = EconomicCatalogue.SectionsOf(303);
    private static readonly EconomicCode[] Capital = EconomicCatalogue.SectionsOf(310);

    private static readonly (ProjectCategory Category, double Weight)[] CategoryWeights =
    [
        (ProjectCategory.Personnel, 0.05), (ProjectCategory.PublicOperating, 0.10), (ProjectCategory.OtherOperating, 0.35), (ProjectCategory.SpecificPurpose, 0.50),
    ];

    private readonly Random random = new(scale.Seed);

    public IReadOnlyList<BudgetDataset> Departments()
    {
        var lineCounts = LineCounts();
        var departments = new List<BudgetDataset>(scale.Departments);
        for (var d = 0; d < scale.Departments; d++)
        {
            var code = (scale.Departments < 900 ? 101 + d : 10_001 + d).ToString(CultureInfo.InvariantCulture);
            var counts = lineCounts.AsSpan(d * scale.UnitsPerDepartment, scale.UnitsPerDepartment).ToArray();
            departments.Add(new DepartmentGenerator(random, printed, code, Pick(Sections), Pick(Sections)).Build(counts));
        }

        return departments;
    }

    /// <summary>Lines per unit: uneven weights scaled so that they add up to exactly the scale's line count.</summary>
    private int[] LineCounts()
    {
        var weights = Enumerable.Range(0, scale.Units).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(w => (int)(scale.Lines * w / sum)).ToArray();
        var missing = scale.Lines - counts.Sum();
        for (var i = 0; missing > 0; i = (i + 1) % counts.Length, missing--)
        {
            counts[i]++;
        }

        return counts;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private static FunctionCode[] Codes(IEnumerable<(string Code, string Name)> entries) =>
        entries.Select(e => FunctionCode.Parse(e.Code)).ToArray();

    private sealed class DepartmentGenerator(Random random, PrintedLines printed, string code, int mainSection, int otherSection)
    {
        private readonly FunctionCode[] mainItems = FunctionCatalogue.ItemsOf(mainSection).Select(c => new FunctionCode(c)).ToArray();
        private readonly FunctionCode[] ownItems = FunctionCatalogue.ItemsOf(mainSection).Concat(FunctionCatalogue.ItemsOf(otherSection)).Select(c => new FunctionCode(c)).ToArray();
        private readonly List<BudgetUnit> units = [];
        private readonly List<ExpenditureLine> expenditures = [];
        private readonly List<RevenueLine> revenues = [];
        private readonly List<Project> projects = [];
        private readonly List<ThreePublicLine> threePublic = [];

        public BudgetDataset Build(int[] lineCounts)
        {
            var name = FunctionCatalogue.BusinessSections.First(s => s.Code == mainSection.ToString(CultureInfo.InvariantCulture)).Name;
            for (var u = 0; u < lineCounts.Length; u++)
            {
                var unit = new BudgetUnit
                {
                    Code = code + (u + 1).ToString("000", CultureInfo.InvariantCulture),
                    Name = u == 0 ? $"{name}部门{code}本级" : $"{name}部门{code}所属单位{u}",
                    Kind = UnitKindFor(u),
                };
                units.Add(unit);
                AddUnit(unit, lineCounts[u]);
            }

            return new BudgetDataset
            {
                Year = 2022,
                Department = new Department { Code = code, Name = $"{name}部门{code}", Level = "市" },
                Units = units,
                Expenditures = expenditures,
                Revenues = revenues,
                Projects = projects,
                ThreePublic = threePublic,
            };
        }

        private UnitKind UnitKindFor(int index)
        {
            var r = random.NextDouble();
            return index == 0
                ? (r < 0.85 ? UnitKind.Administrative : UnitKind.CivilServantManagedInstitution)
                : r switch
                {
                    < 0.80 => UnitKind.Institution,
                    < 0.90 => UnitKind.Administrative,
                    _ => UnitKind.CivilServantManagedInstitution,
                };
        }

        private void AddUnit(BudgetUnit unit, int lines)
        {
            var institution = unit.Kind.DefaultBodyKind() == BodyKind.Institution;
            var ownProjects = AddProjects(unit, Math.Max(1, (int)(lines * 0.33 / 6)));
            var bySource = new long[Enum.GetValues<FundingSource>().Length * 2];
            for (var i = 0; i < lines; i++)
            {
                var line = Line(unit, institution, ownProjects);
                expenditures.Add(line);
                bySource[((int)line.Source * 2) + (line.CarryOver ? 1 : 0)] += (long)(line.Amount * 100m);
            }

            for (var slot = 0; slot < bySource.Length; slot++)
            {
                if (bySource[slot] != 0)
                {
                    revenues.Add(new RevenueLine { Unit = unit.Code, Source = (FundingSource)(slot / 2), CarryOver = slot % 2 == 1, Amount = bySource[slot] / 100m });
                }
            }

            threePublic.Add(new ThreePublicLine { Unit = unit.Code, ThisYear = ThreePublicAmounts(), LastYear = ThreePublicAmounts() });
        }

        private ExpenditureLine Line(BudgetUnit unit, bool institution, Project[] ownProjects)
        {
            var kind = institution && printed.BusinessOperation && random.NextDouble() < 0.01
                ? ExpenditureKind.BusinessOperation
                : random.NextDouble() switch
                {
                    < 0.45 => ExpenditureKind.Personnel,
                    < 0.68 => ExpenditureKind.Operating,
                    _ => ExpenditureKind.Project,
                };
            var function = Function(kind, institution);
            var source = Source(kind, institution);
            var carryOver = (source.IsFiscalAppropriation() || source == FundingSource.SpecialAccount) && random.NextDouble() < 0.03;
            var project = kind == ExpenditureKind.Project ? ownProjects[random.Next(ownProjects.Length)].Code : null;
            return new ExpenditureLine
            {
                Unit = unit.Code,
                Function = function,
                Economic = Economic(kind),
                Kind = kind,
                Source = source,
                CarryOver = carryOver,
                Project = project,
                Body = !institution && function.Value % 100 == 50 ? BodyKind.Institution : null,
                Amount = Amount(kind),
            };
        }

        private FunctionCode Function(ExpenditureKind kind, bool institution)
        {
            // 行政运行 (…01) for administrative units, 事业运行 (…50) for institutions; an administrative
            // unit sometimes has 事业运行 lines too (the money then goes to an institution body).
            var running = mainItems[institution || random.NextDouble() < 0.05 ? 5 : 0];
            var r = random.NextDouble();
            return kind switch
            {
                ExpenditureKind.Personnel => r switch
                {
                    < 0.60 => running,
                    < 0.75 => Pick(Pension),
                    < 0.85 => Pick(Medical),
                    < 0.95 => Pick(Housing),
                    _ => Pick(mainItems),
                },
                ExpenditureKind.Operating => r < 0.8 ? running : mainItems[2],
                ExpenditureKind.Project => r < 0.8 ? Pick(ownItems) : new FunctionCode(FunctionCatalogue.ItemsOf(Pick(Sections))[random.Next(7)]),
                _ => mainItems[5],
            };
        }

        private EconomicCode Economic(ExpenditureKind kind)
        {
            var r = random.NextDouble();
            return kind switch
            {
                ExpenditureKind.Personnel => Pick(r < 0.85 ? Wages : Households),
                ExpenditureKind.Operating => Pick(r < 0.9 ? Goods : Capital),
                ExpenditureKind.Project => Pick(r switch { < 0.60 => Goods, < 0.90 => Capital, < 0.95 => Wages, _ => Households }),
                _ => Pick(Goods),
            };
        }

        private FundingSource Source(ExpenditureKind kind, bool institution)
        {
            if (kind == ExpenditureKind.BusinessOperation)
            {
                return FundingSource.BusinessOperation;
            }

            return random.NextDouble() switch
            {
                < 0.80 => FundingSource.GeneralBudget,
                < 0.85 => FundingSource.GovernmentFund,
                < 0.86 => FundingSource.StateCapital,
                < 0.89 => FundingSource.SpecialAccount,
                < 0.95 => institution ? FundingSource.Business : FundingSource.GeneralBudget,
                < 0.97 => FundingSource.Other,
                _ => FundingSource.SuperiorSubsidy,
            };
        }

        /// <summary>An amount in 万元 with two decimals, log-uniform over a range typical of the kind.</summary>
        private decimal Amount(ExpenditureKind kind)
        {
            var (low, high) = kind switch
            {
                ExpenditureKind.Personnel => (0.5, 300.0),
                ExpenditureKind.Operating => (0.1, 50.0),
                ExpenditureKind.Project => (1.0, 2000.0),
                _ => (1.0, 100.0),
            };
            return Cents(low, high) / 100m;
        }

        private long Cents(double low, double high) =>
            Math.Max(1, (long)Math.Round(Math.Exp(Math.Log(low) + (random.NextDouble() * (Math.Log(high) - Math.Log(low)))) * 100));

        private Project[] AddProjects(BudgetUnit unit, int count)
        {
            var created = new Project[count];
            for (var i = 0; i < count; i++)
            {
                var category = Category();
                var projectCode = string.Create(CultureInfo.InvariantCulture, $"41{unit.Code.PadLeft(9, '0')}2022{i + 1:000000}");
                created[i] = new Project
                {
                    Code = projectCode,
                    Name = $"{unit.Name}项目{i + 1}",
                    Unit = unit.Code,
                    Category = category,
                    Recurrence = random.NextDouble() < 0.6 ? ProjectRecurrence.Recurring : ProjectRecurrence.OneOff,
                };
            }

            projects.AddRange(created);
            return created;
        }

        /// <summary>5 % 人员类, 10 % 公用经费, 35 % 其他运转类, 50 % 特定目标类, among the categories the profile prints.</summary>
        private ProjectCategory Category()
        {
            var weighted = CategoryWeights.Where(w => printed.ProjectCategories.Contains(w.Category)).ToArray();
            var r = random.NextDouble() * weighted.Sum(w => w.Weight);
            foreach (var (category, weight) in weighted)
            {
                if ((r -= weight) < 0)
                {
                    return category;
                }
            }

            return weighted[^1].Category;
        }

        private ThreePublicAmounts ThreePublicAmounts() => new()
        {
            Abroad = random.NextDouble() < 0.3 ? Cents(0.5, 5) / 100m : 0m,
            VehiclePurchase = random.NextDouble() < 0.05 ? Cents(10, 30) / 100m : 0m,
            VehicleOperation = Cents(1, 20) / 100m,
            Reception = Cents(0.1, 5) / 100m,
        };

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];
    }
}
