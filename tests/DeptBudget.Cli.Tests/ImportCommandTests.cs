using DeptBudget.Formats.Json;
using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Cli.Tests;

public class ImportCommandTests
{
    [Fact]
    public void Import_FileThatIsNotAWorkbook_ExitsWithBadInputAndWritesNothing()
    {
        using var dir = new TempDir();
        var path = dir.File("预算.xlsx");
        File.WriteAllText(path, "not a workbook");
        var run = CliRun.Of("import", path, "--out", dir.File("out.json"));
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("错误：预算.xlsx：文件扩展名是 .xlsx，但内容不是 xlsx 工作簿", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.json")));
    }

    [Fact]
    public void Import_TsvWithTextInAnAmount_NamesLineAndColumnAndWritesNothing()
    {
        using var dir = new TempDir();
        var tsv = dir.File("明细.tsv");
        File.WriteAllText(tsv, "#预算年度\t2022\n#部门\t118\t部门\n#单位\t118001\t本级\t行政单位\n"
            + "单位编码\t功能分类科目\t经济分类科目\t支出类型\t资金来源\t金额\n118001\t2010301\t30201\t公用经费\t一般公共预算拨款\t五元\n");
        var run = CliRun.Of("import", tsv, "--out", dir.File("out.json"));
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("明细.tsv：第 5 行，F 列“金额”：“五元”不是金额。", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.json")));
    }

    [Fact]
    [Trait("Needs", "Catalogue")]
    public void Import_BrokenCell_ListsSheetRowAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.File("预算.xlsx");
        DatasetWorkbook.Write(SampleDataset.Valid() with { Units = [] }, TestClassifications.Build(), path);
        var run = CliRun.Of("import", path, "--out", dir.File("out.json"));
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("预算.xlsx：工作表“支出明细”第 2 行，A 列“单位编码”：单位编码 118001 不在“单位信息”中", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.json")));
    }

    [Fact]
    public void Import_WithoutOut_IsAUsageError()
    {
        var run = CliRun.Of("import", "a.xlsx");
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("--out", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Needs", "Catalogue")]
    public void Import_GoodWorkbook_WritesTheDataset()
    {
        using var dir = new TempDir();
        var path = dir.File("预算.xlsx");
        DatasetWorkbook.Write(SampleDataset.Valid(), TestClassifications.Build(), path);
        var run = CliRun.Of("import", path, "--out", dir.File("out.json"));
        Assert.True(run.ExitCode == CliApp.Ok, run.Err);
        Assert.Contains("7 条支出明细", run.Out, StringComparison.Ordinal);
        Assert.Equal(7, DatasetJson.ReadFile(dir.File("out.json")).Expenditures.Count);
    }

    [Fact]
    [Trait("Needs", "Catalogue")]
    public void Import_TsvIntoDataset_PrintsWarningsAndSucceeds()
    {
        using var dir = new TempDir();
        var into = dir.File("已有.json");
        File.WriteAllText(into, DatasetJson.Write(SampleDataset.Valid()));
        var tsv = dir.File("明细.tsv");
        File.WriteAllText(tsv, "单位编码\t功能分类科目\t经济分类科目\t支出类型\t资金来源\t金额\n118001\t2019797\t30201\t公用经费\t一般公共预算拨款\t5\n");
        var run = CliRun.Of("import", tsv, "--into", into, "--out", dir.File("out.json"));
        Assert.True(run.ExitCode == CliApp.Ok, run.Err);
        Assert.Contains("警告：明细.tsv：第 2 行，B 列“功能分类科目”：功能分类科目 2019797 不在 2022 年科目表中", run.Err, StringComparison.Ordinal);
        Assert.Equal(8, DatasetJson.ReadFile(dir.File("out.json")).Expenditures.Count);
    }
}
