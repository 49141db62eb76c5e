using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Formats.Tests.Entry;

/// <summary>
/// A workbook of 100,000 expenditure lines imports completely. How fast is measured by the benchmark
/// (docs/PERFORMANCE.md), not here.
/// </summary>
public class LargeImportTests
{
    [Fact]
    public void Import_HundredThousandLines_ReadsEveryLine()
    {
        using var dir = new TempDir();
        var dataset = LargeDataset.WithLines(100_000);
        var path = dir.File("十万行.xlsx");
        DatasetWorkbook.Write(dataset, TestClassifications.Build(), path);

        var result = EntryImport.ImportToJson(path, dir.File("dataset.json"), _ => TestClassifications.Build());

        Assert.Equal(100_000, result.Dataset.Expenditures.Count);
        Assert.Equal(dataset.Expenditures.Sum(l => l.Amount), result.Dataset.Expenditures.Sum(l => l.Amount));
        Assert.Empty(result.Warnings);
    }
}
