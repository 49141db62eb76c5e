namespace DeptBudget.Cli.Tests;

public class TemplateCommandTests
{
    [Fact]
    public void Template_WithoutOut_IsAUsageError() => Assert.Equal(CliApp.BadInput, CliRun.Of("template").ExitCode);

    [Fact]
    [Trait("Needs", "Catalogue")]
    public void Template_DefaultProfile_WritesAWorkbookThatImportsOnceTheDepartmentIsNamed()
    {
        using var dir = new TempDir();
        var path = dir.File("模板.xlsx");
        var run = CliRun.Of("template", "--out", path);
        Assert.True(run.ExitCode == CliApp.Ok, run.Err);
        Assert.Contains("已生成 2022 年部门预算填报工作簿", run.Out, StringComparison.Ordinal);

        var blank = CliRun.Of("import", path, "--out", dir.File("out.json"));
        Assert.Equal(CliApp.BadInput, blank.ExitCode);
        Assert.Contains("工作表“部门信息”第 4 行，B 列“部门编码”：未填写部门编码。", blank.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.json")));
    }
}
