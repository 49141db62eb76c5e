using System.Text;
using DeptBudget.Core.Model;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Tests.Entry.BadInput;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Formats.Tests.Entry;

public class TsvImportTests
{
    private const string Header = "单位编码\t功能分类科目\t经济分类科目\t支出类型\t资金来源\t是否上年结转\t项目编码\t支出对象\t金额";

    private static string WriteTsv(TempDir dir, string text, string name = "明细.tsv")
    {
        var path = dir.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private static string WriteSampleJson(TempDir dir)
    {
        var path = dir.File("已有.json");
        File.WriteAllText(path, DatasetJson.Write(SampleDataset.Valid()));
        return path;
    }

    [Fact]
    public void TsvAlone_WithMinimalHeader_MakesADataset()
    {
        using var dir = new TempDir();
        var path = WriteTsv(dir, string.Join("\r\n",
            "#预算年度\t2022", "#金额单位\t万元", "#部门\t118\t新乡市政务服务和大数据管理局", "#单位\t118001\t本级\t行政单位",
            Header, "118001\t2010301 行政运行\t30101\t人员经费\t一般公共预算\t\t\t\t1,200.50", "118001\t201 03 01\t30201\t公用经费\t一般公共预算拨款\t否\t\t\t99"));
        var dataset = ImportAttempt.Succeeds(dir, path).Dataset;
        Assert.Equal(2022, dataset.Year);
        Assert.Equal("118", dataset.Department.Code);
        Assert.Equal([1200.5m, 99m], dataset.Expenditures.Select(e => e.Amount));
        Assert.Equal(ExpenditureKind.Operating, dataset.Expenditures[1].Kind);
    }

    [Fact]
    public void TsvInto_AddsLinesToAnExistingDataset()
    {
        using var dir = new TempDir();
        var into = WriteSampleJson(dir);
        var path = WriteTsv(dir, $"{Header}\n118002\t2080505\t30108\t人员经费\t事业收入\t是\t\t\t\"10\"\n");
        var result = ImportAttempt.Succeeds(dir, path, into);
        Assert.Equal(8, result.Dataset.Expenditures.Count);
        Assert.Equal(10m, result.Dataset.Expenditures[^1].Amount);
        Assert.Contains(result.Warnings, w => w.Contains("收入合计 1,280.25 与支出合计 1,290.25 不相等", StringComparison.Ordinal));
    }

    [Fact]
    public void TsvInto_DuplicateOfAnExistingLine_NamesTheRowAndTheExistingLine()
    {
        using var dir = new TempDir();
        var into = WriteSampleJson(dir);
        var path = WriteTsv(dir, $"{Header}\n118001\t2010301\t30201\t公用经费\t一般公共预算拨款\t\t\t\t1\n");
        var message = ImportAttempt.Fails(dir, path, into);
        Assert.Contains("明细.tsv：第 2 行：与另一行重复", message, StringComparison.Ordinal);
        Assert.Contains("（另一行：已有.json 中支出明细第 2 行）", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TsvTextInAmount_NamesLineAndColumn()
    {
        using var dir = new TempDir();
        var path = WriteTsv(dir, $"{Header}\n118001\t2010301\t30201\t公用经费\t一般公共预算拨款\t\t\t\t12万元\n");
        Assert.Contains("明细.tsv：第 2 行，I 列“金额”：“12万元”不是金额。请填写数字（如 1352.27），不要带“元”“万元”等单位",
            ImportAttempt.Fails(dir, path, WriteSampleJson(dir)), StringComparison.Ordinal);
    }

    [Fact]
    public void TsvAlone_WithoutHeaderLines_SaysWhatIsMissing()
    {
        using var dir = new TempDir();
        var path = WriteTsv(dir, $"{Header}\n118001\t2010301\t30201\t公用经费\t一般公共预算拨款\t\t\t\t1\n");
        Assert.Contains("单独导入 TSV 时，文件开头须有说明行 #预算年度、#部门 和至少一行 #单位。", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void TsvInto_OtherYear_IsRefused()
    {
        using var dir = new TempDir();
        var path = WriteTsv(dir, $"#预算年度\t2023\n{Header}\n");
        Assert.Contains("#预算年度 2023 与已有数据的年度 2022 不一致", ImportAttempt.Fails(dir, path, WriteSampleJson(dir)), StringComparison.Ordinal);
    }

    [Fact]
    public void TsvNotUtf8_IsRefusedWithHowToSave()
    {
        using var dir = new TempDir();
        var path = dir.File("明细.tsv");
        File.WriteAllBytes(path, [0xB5, 0xA5, 0xCE, 0xBB, 0x09, 0x31, 0x0A]);
        Assert.Contains("文件不是 UTF-8 编码", ImportAttempt.Fails(dir, path, WriteSampleJson(dir)), StringComparison.Ordinal);
    }

    [Fact]
    public void Into_WithAnXlsx_IsRefused()
    {
        using var dir = new TempDir();
        Assert.Contains("--into 只用于 .tsv 文件", ImportAttempt.Fails(dir, TestWorkbook.Good(dir), WriteSampleJson(dir)), StringComparison.Ordinal);
    }
}
