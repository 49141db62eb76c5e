using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Bench.Tests;

public class PrintedLinesTests
{
    [Fact]
    public void Of_Henan_PrintsNoBusinessOperationAndTwoProjectCategories()
    {
        var printed = PrintedLines.Of(ShippedProfiles.Get("henan-2022"));

        Assert.False(printed.BusinessOperation);
        Assert.Equal([ProjectCategory.OtherOperating, ProjectCategory.SpecificPurpose], printed.ProjectCategories);
    }

    [Fact]
    public void Of_Hubei_PrintsBusinessOperationAndEveryCategory()
    {
        var printed = PrintedLines.Of(ShippedProfiles.Get("hubei-2023"));

        Assert.True(printed.BusinessOperation);
        Assert.Equal(Enum.GetValues<ProjectCategory>(), printed.ProjectCategories);
    }

    [Fact]
    public void Generate_ForHenan_OnlyLinesItsTablesPrint()
    {
        var departments = TinyRegion.Region.Departments;

        Assert.DoesNotContain(departments.SelectMany(d => d.Expenditures), l => l.Kind == ExpenditureKind.BusinessOperation);
        Assert.All(departments.SelectMany(d => d.Projects), p => Assert.Contains(p.Category, new[] { ProjectCategory.OtherOperating, ProjectCategory.SpecificPurpose }));
    }

    [Fact]
    public void BuiltInRules_OnAGeneratedRegion_FindNoError()
    {
        var region = SyntheticRegion.Generate(new RegionScale("small", 4, 3, 6_000, Seed: 11));
        var profile = ShippedProfiles.Get("henan-2022");
        var merged = RegionConsolidation.Merge(region.Departments, "410700", "某市");
        var tables = CheckedTables.Of(merged, region.Classifications, profile, unitCode: null);

        var result = CheckRun.Run(tables, ShippedRules.All, profile.Id);

        var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(f => f.Message)));
        Assert.Contains(tables, t => t.Id == StandardTables.KeyFigures);
        Assert.Empty(result.Skipped);
    }
}
