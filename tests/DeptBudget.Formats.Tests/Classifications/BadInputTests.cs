using System.Text;
using DeptBudget.Formats.Classifications;

namespace DeptBudget.Formats.Tests.Classifications;

/// <summary>Every problem in a list file is reported with its file, row and column, and nothing is loaded.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("code,name\n201,一般公共服务支出\n20103A,政府办公厅\n", "第 3 行，“code”列：“20103A”不是数字编码")]
    [InlineData("编码,名称\n201,一般公共服务支出\n201,外交支出\n", "第 3 行，“编码”列：科目编码“201”重复（第 2 行已有）")]
    [InlineData("编码,名称\n201,一般公共服务支出\n2010,人大\n", "第 3 行，“编码”列：“2010”有 4 位")]
    [InlineData("编码,名称\n201,一般公共服务支出\n20101,\n", "第 3 行，“名称”列：科目名称是空的")]
    [InlineData("编码,名称\n201,一般公共服务支出\n,人大事务\n", "第 3 行，“编码”列：编码是空的")]
    [InlineData("编码,名称\n201,一般公共服务支出\n2010301,行政运行\n", "第 3 行，“编码”列：“2010301”的上级科目“20103”不在表中")]
    [InlineData("编码,名称\n201,一般公共服务支出\n20201,外交管理事务\n", "第 3 行，“编码”列：“20201”的上级科目“202”不在表中")]
    public void Functions_BadRow_IsRejectedWithFileRowAndColumn(string csv, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("functions.csv", csv);

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.Contains("functions.csv，" + expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("文件没有加载", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EconomicList_CodeOfTheOtherScheme_IsRejected()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("economic-department.csv", "code,name\n501,机关工资福利支出\n");

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.EconomicDepartment));

        Assert.Contains("economic-department.csv，第 2 行，“code”列：“501”不是部门预算支出经济分类科目编码（应以 3 开头）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralProblems_AreAllReported()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("functions.csv", "code,name\n201,一般\nX,甲\nY,乙\n");

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.Contains("第 3 行", error.Message, StringComparison.Ordinal);
        Assert.Contains("第 4 行", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "文件是空的")]
    [InlineData("\n\n", "文件是空的")]
    [InlineData("科目,说明\n201,一般公共服务支出\n", "找不到表头")]
    [InlineData("code,name\n", "表头下面没有科目")]
    public void Functions_FileLevelProblem_NamesTheFile(string csv, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("functions.csv", csv);

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.StartsWith("functions.csv：", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAnXlsx_IsRejected()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("functions.xlsx", "code,name\n201,一般公共服务支出\n");

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.Contains("functions.xlsx：不是有效的 .xlsx 文件", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GbkCsv_IsRejectedWithAHint()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "functions.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("code,name\n201,"), 0xD2, 0xBB, 0xB0, 0xE3, (byte)'\n']);

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.Contains("functions.csv：不是 UTF-8 编码", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("department_code,body,government_code\n30101,机关单位X,50101\n", "第 2 行，“body”列：“机关单位X”不是单位类型")]
    [InlineData("部门经济分类,单位类型,政府经济分类\n30101,行政,501\n", "第 2 行，“政府经济分类”列：“501”应为以 5 开头的 5 位编码")]
    [InlineData("部门经济分类,单位类型,政府经济分类\n30101,行政,50101\n30101,机关,50199\n", "第 3 行，“部门经济分类”列：“30101”对机关的对照重复（第 2 行已有）")]
    [InlineData("department_code,body,government_code\n30199,institution,59901\n", "第 2 行，“government_code”列：“59901”不在本年度的政府预算支出经济分类科目中")]
    [InlineData("department_code,body,government_code\n30311,institution,50501\n", "第 2 行，“department_code”列：“30311”不在本年度的部门预算支出经济分类科目中")]
    public void Mapping_BadRow_IsRejectedWithFileRowAndColumn(string csv, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("economic-mapping.csv", csv);

        var error = Assert.Throws<InputException>(() =>
            ClassificationFile.Read(path, ClassificationListKind.EconomicMapping, ShippedClassifications.ForYear(2022)));

        Assert.Contains("economic-mapping.csv，" + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RevenueSources_UnknownAndMissingIds_AreRejected()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("revenue-sources.csv", "id,name\ngeneralBudget,一般公共预算拨款收入\ntaxes,税收\n");

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.RevenueSources));

        Assert.Contains("revenue-sources.csv，第 3 行，“id”列：“taxes”不是收入来源标识", error.Message, StringComparison.Ordinal);
        Assert.Contains("缺少这些收入来源：governmentFund", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedExtension_IsRejected()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("functions.txt", "code,name\n");

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.Contains("只能加载 .csv 或 .xlsx", error.Message, StringComparison.Ordinal);
    }
}
