namespace DeptBudget.Formats.Tests.Entry.BadInput;

/// <summary>Sheets missing, renamed or with the wrong headers.</summary>
public class StructureErrorTests
{
    [Fact]
    public void MissingSheet_IsRefusedNamingItAndTheSheetsFound()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.RenameSheet(path, "项目", "Sheet1");
        var message = ImportAttempt.Fails(dir, path);
        Assert.Contains("预算.xlsx：工作表“项目”：缺少此工作表（工作簿中现有：“填报说明”、“部门信息”", message, StringComparison.Ordinal);
        Assert.Contains("“Sheet1”", message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongHeaders_AreRefusedNamingTheMissingColumn()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetText(path, "收入", "B1", "支出类型");
        Assert.Contains("工作表“收入”第 1 行：缺少必填列“收入来源”。本表的列应为：单位编码、收入来源、是否上年结转、金额", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDepartmentCode_IsRefusedAtItsCell()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetText(path, "部门信息", "B4", " ");
        Assert.Contains("工作表“部门信息”第 4 行，B 列“部门编码”：未填写部门编码。", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void ExtraColumn_IsIgnoredWithAWarning()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        TestWorkbook.SetText(path, "支出明细", "J1", "备注");
        TestWorkbook.SetText(path, "支出明细", "J2", "随便写");
        var result = ImportAttempt.Succeeds(dir, path);
        Assert.Contains("预算.xlsx：工作表“支出明细”第 1 行，J 列“备注”：不是本表的列，导入时忽略。", result.Warnings);
    }
}
