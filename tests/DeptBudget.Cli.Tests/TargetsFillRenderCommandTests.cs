using System.Text.Json;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

public sealed class TargetsFillRenderCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-targets-render-");

    public void Dispose() => work.Delete(recursive: true);

    private string Out(string name) => Path.Combine(work.FullName, name);

    [Fact]
    public void Fill_WritesTheDepartmentFormAndOneFormPerProject()
    {
        var forms = Out("forms.json");

        var (code, _, error) = CliRunner.Run("targets", "fill", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--profile", "hubei-2023",
            "--template", "hubei-department", "--template", "hubei-project", "--out", forms);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(forms));
        var ids = json.RootElement.EnumerateArray().Select(f => f.GetProperty("templateId").GetString()).ToList();
        Assert.Equal("hubei-department", ids[0]);
        Assert.Equal(4, ids.Count(id => id == "hubei-project"));
        Assert.Equal("江城区教育局", json.RootElement[0].GetProperty("header").GetProperty("department").GetString());
    }

    [Fact]
    public void RenderXlsx_ThenRenderHtmlFromTheXlsx_GivesTheHtmlOfTheJson()
    {
        var forms = Out("forms.json");
        CliRunner.Run("targets", "fill", RepoPaths.Sample("xinxiang-2022.json"), "--profile", "henan-2022", "--template", "henan-2022-department", "--out", forms);

        var xlsx = CliRunner.Run("targets", "render", forms, "--format", "xlsx", "--out", Out("forms.xlsx"));
        var fromJson = CliRunner.Run("targets", "render", forms, "--format", "html", "--out", Out("a.html"));
        var fromXlsx = CliRunner.Run("targets", "render", Out("forms.xlsx"), "--format", "html", "--out", Out("b.html"));

        Assert.True(xlsx.ExitCode == 0 && fromJson.ExitCode == 0 && fromXlsx.ExitCode == 0, xlsx.Error + fromJson.Error + fromXlsx.Error);
        Assert.Equal(File.ReadAllText(Out("a.html")), File.ReadAllText(Out("b.html")));
        Assert.Contains("新乡市政务服务和大数据管理局", File.ReadAllText(Out("a.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ABrokenXlsx_IsAnInputError()
    {
        File.WriteAllText(Out("broken.xlsx"), "not a workbook");

        var (code, _, error) = CliRunner.Run("targets", "render", Out("broken.xlsx"), "--format", "html", "--out", Out("x.html"));

        Assert.Equal(2, code);
        Assert.Contains("broken.xlsx", error, StringComparison.Ordinal);
    }
}
