using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>deptbudget check on a performance-target form: its JSON or its workbook is reviewed as targets check does.</summary>
public sealed class CheckFormCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-check-form-");

    public void Dispose() => work.Delete(recursive: true);

    private static string Seed(string name) => RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Targets", "Seeds", name);

    private string Out(string name) => Path.Combine(work.FullName, name);

    [Fact]
    public void Check_FormJson_GivesTheFindingsOfTargetsCheck()
    {
        var form = Out("zhengzhou.json");
        CliRunner.Run("targets", "read", Seed("003-zhengzhou-2020.txt"), "--out", form);

        var check = CliRunner.Run("check", form, "--format", "text");
        var targets = CliRunner.Run("targets", "check", form, "--format", "text");

        Assert.True(check.ExitCode == 1, check.Error);
        Assert.Equal(targets.Out, check.Out);
        Assert.Contains("target-relation", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FilledFormJson_IsAFormNotADataset()
    {
        var forms = Out("forms.json");
        CliRunner.Run("targets", "fill", RepoPaths.Sample("xinxiang-2022.json"), "--profile", "henan-2022", "--template", "henan-2022-department", "--out", forms);

        var (code, output, error) = CliRunner.Run("check", forms, "--format", "json");

        Assert.True(code is 0 or 1, error);
        Assert.DoesNotContain("无法读取数据集", error, StringComparison.Ordinal);
        Assert.Equal("henan-2022-department", JsonDocument.Parse(output).RootElement.GetProperty("document").GetProperty("profile").GetString());
    }

    [Fact]
    public void Check_DatasetJson_IsStillADataset()
    {
        var (code, output, error) = CliRunner.Run("check", RepoPaths.Sample("xinxiang-2022.json"), "--format", "text");

        Assert.True(code is 0 or 1, error);
        Assert.StartsWith("审核：新乡市政务服务和大数据管理局 2022 年（式样 henan-2022）", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormWorkbook_IsReviewedAsAFormNamingSheetAndRow()
    {
        var json = Out("zhengzhou.json");
        var xlsx = Out("zhengzhou.xlsx");
        CliRunner.Run("targets", "read", Seed("003-zhengzhou-2020.txt"), "--out", json);
        CliRunner.Run("targets", "render", json, "--format", "xlsx", "--out", xlsx);

        var (code, output, error) = CliRunner.Run("check", xlsx, "--format", "text");

        Assert.True(code == 1, error);
        Assert.StartsWith("审核：郑州市人民政府办公厅 2020 年（式样 zhengzhou-2020）", output, StringComparison.Ordinal);
        Assert.DoesNotContain("标准表", output, StringComparison.Ordinal);
        Assert.Contains("“任务3”“其中：财政资金”", output, StringComparison.Ordinal);
        Assert.Contains("（工作表“1 市级部门整体绩效目标申报表”第 ", output, StringComparison.Ordinal);
    }
}
