using System.Text;

namespace DeptBudget.Cli.Tests;

public sealed class CodesCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "deptbudget-cli-" + Guid.NewGuid().ToString("N"));

    public CodesCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Load_ThenList_GivesTheLoadedCodesBack()
    {
        var file = Write("新科目.csv", "科目编码,科目名称,备注\n201,一般公共服务支出,\n20103,政府办公厅（室）及相关机构事务,\n2010301,行政运行,\n");

        var load = Run("codes", "load", file, "--year", "2024", "--list", "functions", "--data-dir", dir);
        var list = Run("codes", "list", "--year", "2024", "--list", "functions", "--data-dir", dir);

        Assert.Equal(0, load.Code);
        Assert.Contains("已加载 2024 年支出功能分类科目：1 类、1 款、1 项。", load.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "classifications", "2024", "functions.csv")));
        Assert.Equal(0, list.Code);
        Assert.Equal("201\t一般公共服务支出\n20103\t政府办公厅（室）及相关机构事务\n2010301\t行政运行\n", list.Out.ReplaceLineEndings("\n"));
        Assert.Contains("管理员加载的 2024 年版本", list.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadFile_ExitsWithTwoAndSavesNothing()
    {
        var file = Write("functions.csv", "code,name\n201,一般公共服务支出\n20103A,政府办公厅\n");

        var result = Run("codes", "load", file, "--year", "2024", "--list", "functions", "--data-dir", dir);

        Assert.Equal(CliApp.BadInput, result.Code);
        Assert.Contains("functions.csv，第 3 行，“code”列：“20103A”不是数字编码", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "classifications")));
    }

    [Fact]
    public void Load_MappingWithCodeNotInTheYearsList_ExitsWithTwo()
    {
        var file = Write("对照.csv", "部门经济分类,单位类型,政府经济分类\n30101,行政,50101\n30311,事业,50501\n");

        var result = Run("codes", "load", file, "--year", "2023", "--list", "economic-mapping", "--data-dir", dir);

        Assert.Equal(CliApp.BadInput, result.Code);
        Assert.Contains("对照.csv，第 3 行，“部门经济分类”列：“30311”不在本年度的部门预算支出经济分类科目中", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void List_Mapping_ShowsEachDepartmentSectionForBothBodies()
    {
        var result = Run("codes", "list", "--year", "2022", "--list", "economic-mapping", "--data-dir", dir);

        Assert.Equal(0, result.Code);
        Assert.Contains("30101\tadministrative\t50101\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("30101\tinstitution\t50501\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("codes", "list", "--year", "2022", "--list", "nope")]
    [InlineData("codes", "list", "--list", "functions")]
    [InlineData("codes", "list", "--year", "1850", "--list", "functions")]
    public void BadArguments_ExitWithTwo(params string[] args) =>
        Assert.Equal(CliApp.BadInput, Run([.. args, "--data-dir", dir]).Code);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
