using System.Globalization;

namespace DeptBudget.Formats.Tests.Entry.BadInput;

/// <summary>Broken cells of a good workbook: each message names the sheet, the row and the column (letter and header).</summary>
public class CellErrorTests
{
    private const string Sheet = "支出明细";

    [Fact]
    public void UnknownCode_IsAWarningAndTheImportSucceeds()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetText(path, Sheet, "B6", "2010399 其他政府办公厅（室）及相关机构事务支出");
        var result = ImportAttempt.Succeeds(dir, path);
        Assert.Equal("2010399", result.Dataset.Expenditures[4].Function.ToString());
        Assert.Contains(result.Warnings, w => w.StartsWith(
            "预算.xlsx：工作表“支出明细”第 6 行，B 列“功能分类科目”：功能分类科目 2010399 不在 2022 年科目表中。", StringComparison.Ordinal));
    }

    [Fact]
    public void TextInAnAmount_IsRefused()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetText(path, Sheet, "I3", "一百");
        var message = ImportAttempt.Fails(dir, path);
        Assert.StartsWith("导入失败，未写出任何文件。", message, StringComparison.Ordinal);
        Assert.Contains("预算.xlsx：工作表“支出明细”第 3 行，I 列“金额”：“一百”不是金额。请填写数字", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeAmount_IsRefused()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetNumber(path, Sheet, "I3", "-100");
        Assert.Contains("工作表“支出明细”第 3 行，I 列“金额”：金额 -100.00 是负数。预算中不能有负数", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateLine_IsRefusedNamingBothRows()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.CopyRowToEnd(path, Sheet, 3);
        var message = ImportAttempt.Fails(dir, path);
        Assert.Contains("工作表“支出明细”第 9 行：与另一行重复（单位、功能分类、经济分类、支出类型、资金来源、是否上年结转、项目和支出对象都相同）。请合并为一行，金额相加。（另一行：第 3 行）",
            message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineForAUnitThatDoesNotExist_IsRefused()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetText(path, Sheet, "A3", "118999");
        Assert.Contains("工作表“支出明细”第 3 行，A 列“单位编码”：单位编码 118999 不在“单位信息”中。请先在“单位信息”中登记该单位", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void FormulaWhereAnAmountIsExpected_IsRefusedAndExplained()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetFormula(path, Sheet, "I3", "SUM(40,60)", "100");
        Assert.Contains("工作表“支出明细”第 3 行，I 列“金额”：这是一个公式单元格。导入时不计算公式，请复制该列后“选择性粘贴 → 数值”", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void MergedCellsWhereValuesAreExpected_AreRefused()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.Merge(path, Sheet, "I3:I4");
        var message = ImportAttempt.Fails(dir, path);
        Assert.Contains("工作表“支出明细”第 3 行，I 列“金额”：单元格 I3:I4 是合并单元格。", message, StringComparison.Ordinal);
        Assert.DoesNotContain("第 4 行", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongCodeTurnedIntoANumberByExcel_IsRefused()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetNumber(path, "项目", "A2", "4.1070022E+20");
        Assert.Contains("工作表“项目”第 2 行，A 列“项目编码”：这个编号被 Excel 当成了数字", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void ManyErrors_AreAllListedUpToALimit()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        foreach (var row in Enumerable.Range(2, 7))
        {
            TestWorkbook.SetText(path, Sheet, "I" + row.ToString(CultureInfo.InvariantCulture), "x");
        }

        var message = ImportAttempt.Fails(dir, path);
        Assert.Contains("中有 7 处错误", message, StringComparison.Ordinal);
        Assert.Contains("  7. 预算.xlsx：工作表“支出明细”第 8 行，I 列“金额”", message, StringComparison.Ordinal);
    }
}
