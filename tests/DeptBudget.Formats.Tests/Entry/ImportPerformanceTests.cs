using System.Diagnostics;
using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Formats.Tests.Entry;

[CollectionDefinition(nameof(ImportPerformanceTests), DisableParallelization = true)]
public class ImportPerformanceCollection;

/// <summary>The import must take 100,000 expenditure lines in under 3 seconds on a 2-core machine.</summary>
[Collection(nameof(ImportPerformanceTests))]
[Trait("Category", "Performance")]
public class ImportPerformanceTests
{
    [Fact]
    public void Import_HundredThousandLines_UnderThreeSeconds()
    {
        using var dir = new TempDir();
        var dataset = LargeDataset.WithLines(100_000);
        var path = dir.File("十万行.xlsx");
        DatasetWorkbook.Write(dataset, TestClassifications.Build(), path);

        var watch = Stopwatch.StartNew();
        var result = EntryImport.ImportToJson(path, dir.File("dataset.json"), _ => TestClassifications.Build());
        watch.Stop();

        Assert.Equal(100_000, result.Dataset.Expenditures.Count);
        Assert.Empty(result.Warnings);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"import took {watch.Elapsed.TotalSeconds:0.00} s");
    }
}
