using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Model;

namespace DeptBudget.Bench.Tests;

public class GeneratorTests
{
    [Fact]
    public void Generate_GivesTheScaleItAsksFor()
    {
        var region = TinyRegion.Region;

        Assert.Equal(3, region.Departments.Count);
        Assert.Equal(9, region.Units);
        Assert.Equal(2_000, region.ExpenditureLines);
    }

    [Fact]
    public void Generate_IsDeterministic()
    {
        var again = SyntheticRegion.Generate(TinyRegion.Scale);

        Assert.Equal(TinyRegion.Region.Departments.SelectMany(d => d.Expenditures), again.Departments.SelectMany(d => d.Expenditures));
    }

    [Fact]
    public void Revenue_BalancesEachUnitsExpenditureBySource()
    {
        foreach (var department in TinyRegion.Region.Departments)
        {
            foreach (var unit in department.Units)
            {
                var spent = department.Expenditures.Where(e => e.Unit == unit.Code).GroupBy(e => (e.Source, e.CarryOver)).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
                var income = department.Revenues.Where(r => r.Unit == unit.Code).ToDictionary(r => (r.Source, r.CarryOver), r => r.Amount);

                Assert.Equal(spent.OrderBy(p => p.Key), income.OrderBy(p => p.Key));
            }
        }
    }

    [Fact]
    public void Lines_UseOnlyCodesOfTheClassificationSet()
    {
        var classifications = TinyRegion.Region.Classifications;
        var lines = TinyRegion.Region.Departments.SelectMany(d => d.Expenditures).ToList();

        Assert.All(lines, l => Assert.True(classifications.Functions.Contains(l.Function.ToString()), $"{l.Function} not in the list"));
        Assert.All(lines, l => Assert.NotNull(classifications.Mapping.Map(l.Economic, l.Body ?? BodyKind.Administrative)));
        Assert.Contains(lines, l => l.Kind == ExpenditureKind.Project && l.Project is not null);
        Assert.Contains(lines, l => l.CarryOver);
        Assert.Contains(lines, l => l.Body == BodyKind.Institution);
    }
}
