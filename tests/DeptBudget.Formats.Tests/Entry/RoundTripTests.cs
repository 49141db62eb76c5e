using DeptBudget.Core.Model;
using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Formats.Tests.Entry;

public class RoundTripTests
{
    private static ImportResult Import(string path) => EntryImport.Import(path, _ => TestClassifications.Build());

    [Fact]
    public void WriteThenImport_GivesTheSameDataset_ForEveryField()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        var result = Import(path);
        Assert.Empty(result.Warnings);
        DatasetAssert.Equal(SampleDataset.Valid(), result.Dataset);
    }

    [Fact]
    public void RoundTrip_KeepsNullsApartFromZeros()
    {
        var valid = SampleDataset.Valid();
        var sparse = valid with
        {
            AmountUnit = AmountUnit.Yuan,
            Department = valid.Department with { Staffing = new Staffing(), Level = null, Region = null, Composition = null, Functions = [], Offices = [] },
            Assets = null,
            LastYear = null,
            Reasons = new Dictionary<string, string> { ["自拟说明"] = "只有原因，没有上年数。" },
        };
        using var dir = new TempDir();
        DatasetAssert.Equal(sparse, Import(TestWorkbook.Good(dir, dataset: sparse)).Dataset);
    }

    [Fact]
    public void RoundTrip_KeepsUnknownCodesAndWarnsAboutThem()
    {
        var dataset = SampleDataset.Valid().WithExpenditure(1, e => e with { Economic = EconomicCode.Parse("30299") });
        using var dir = new TempDir();
        var result = Import(TestWorkbook.Good(dir, dataset: dataset));
        DatasetAssert.Equal(dataset, result.Dataset);
        Assert.Contains(result.Warnings, w => w.Contains("第 3 行，C 列“经济分类科目”：经济分类科目 30299 不在 2022 年", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_ImportsAsAnEmptyDatasetOnceTheDepartmentIsNamed()
    {
        using var dir = new TempDir();
        var path = dir.File("模板.xlsx");
        DatasetWorkbook.WriteTemplate(TestClassifications.Build(), path);
        TestWorkbook.SetText(path, "部门信息", "B4", "118");
        TestWorkbook.SetText(path, "部门信息", "B5", "测试部门");
        var dataset = Import(path).Dataset;
        Assert.Equal(2022, dataset.Year);
        Assert.Empty(dataset.Expenditures);
        Assert.Null(dataset.LastYear);
        Assert.Empty(dataset.Reasons);
        Assert.Null(dataset.Profile);
    }

    [Fact]
    public void Template_ForALayout_CarriesItToTheDataset()
    {
        using var dir = new TempDir();
        var path = dir.File("模板.xlsx");
        DatasetWorkbook.WriteTemplate(TestClassifications.Build(), path, "hubei-2023");
        TestWorkbook.SetText(path, "部门信息", "B4", "301");
        TestWorkbook.SetText(path, "部门信息", "B5", "测试部门");

        Assert.Equal("hubei-2023", Import(path).Dataset.Profile);
    }
}
