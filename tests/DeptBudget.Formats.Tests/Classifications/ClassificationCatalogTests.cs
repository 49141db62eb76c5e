using DeptBudget.Formats.Classifications;

namespace DeptBudget.Formats.Tests.Classifications;

public class ClassificationCatalogTests
{
    [Fact]
    public void WithoutLoadedLists_GivesTheShippedOnes()
    {
        using var dir = new TempDirectory();

        var set = new ClassificationCatalog(dir.Path).ForYear(2022);

        Assert.Same(ShippedClassifications.ForYear(2022), set);
    }

    [Fact]
    public void LoadedList_OverridesOnlyItsKind()
    {
        using var dir = new TempDirectory();
        var catalog = new ClassificationCatalog(dir.Path);
        var loaded = ClassificationFile.Read(dir.Write("in.csv", "code,name\n201,一般公共服务支出\n20101,人大事务\n"), ClassificationListKind.Functions);

        var path = catalog.Save(2022, loaded);
        var set = catalog.ForYear(2022);

        Assert.Equal(Path.Combine(dir.Path, "classifications", "2022", "functions.csv"), path);
        Assert.Equal(2, set.Functions.Entries.Count);
        Assert.Same(ShippedClassifications.ForYear(2022).DepartmentEconomic, set.DepartmentEconomic);
        Assert.Contains("支出功能分类科目用管理员加载的 2022 年版本", set.Provenance, StringComparison.Ordinal);
        Assert.Contains("部门预算支出经济分类科目用随程序发布的 2022 年版本", set.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void LaterYear_FallsBackToTheNearestLoadedYearBeforeShipped()
    {
        using var dir = new TempDirectory();
        var catalog = new ClassificationCatalog(dir.Path);
        catalog.Save(2024, ClassificationFile.Read(dir.Write("in.csv", "code,name\n201,一般公共服务支出\n"), ClassificationListKind.Functions));

        var set = catalog.ForYear(2026);

        Assert.Single(set.Functions.Entries);
        Assert.Equal(2026, set.Year);
        Assert.Contains("没有 2026 年版本的表沿用了较早年份的版本", set.Provenance, StringComparison.Ordinal);
        Assert.Contains("随程序发布的 2023 年版本", set.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void SavedFile_IsNormalisedCsv()
    {
        using var dir = new TempDirectory();
        var catalog = new ClassificationCatalog(dir.Path);
        var loaded = ClassificationFile.Read(
            dir.Write("in.csv", "说明,单位类型,部门经济分类,政府经济分类\n甲,机关,30101,50101\n乙,事业,301,50501\n"),
            ClassificationListKind.EconomicMapping);

        var path = catalog.Save(2022, loaded);

        Assert.Equal(
            "department_code,body,government_code\n301,institution,50501\n30101,administrative,50101\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void BrokenLoadedFile_IsReportedWithItsPath()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("classifications", "2022", "revenue-sources.csv"), "id,name\n");

        var error = Assert.Throws<InputException>(() => new ClassificationCatalog(dir.Path).ForYear(2022));

        Assert.Contains("revenue-sources.csv", error.Message, StringComparison.Ordinal);
    }
}
