using DeptBudget.Core.Model;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Formats.Tests.Entry;

/// <summary>The sample dataset grown to many distinct project expenditure lines, balanced, for timing imports.</summary>
internal static class LargeDataset
{
    public static BudgetDataset WithLines(int count)
    {
        var valid = SampleDataset.Valid();
        string[] functions = ["2010301", "2010302", "2010350", "2080505", "2120899"];
        var projects = Enumerable.Range(0, (count / 60) + 1)
            .Select(p => new Project { Code = $"41070099{p:D13}", Name = $"项目{p}", Unit = "118001", Category = ProjectCategory.SpecificPurpose })
            .ToList();
        var lines = Enumerable.Range(0, count).Select(i => new ExpenditureLine
        {
            Unit = "118001",
            Function = FunctionCode.Parse(functions[i % 5]),
            Economic = EconomicCode.Parse(i / 30 % 2 == 0 ? "30227" : "31002"),
            Kind = ExpenditureKind.Project,
            CarryOver = i / 5 % 2 == 1,
            Body = (i / 10 % 3) switch { 0 => null, 1 => BodyKind.Administrative, _ => BodyKind.Institution },
            Project = projects[i / 60].Code,
            Amount = 1.25m + (i % 1000),
        }).ToList();
        return valid with
        {
            Projects = [.. valid.Projects, .. projects],
            Expenditures = lines,
            Revenues = [new RevenueLine { Unit = "118001", Amount = lines.Sum(l => l.Amount) }],
        };
    }
}
