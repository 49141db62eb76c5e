using System.Text.Json.Nodes;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private const string FailingRule = "rule: total-over-600\ntitle: 支出总表合计不超过 600 万元\nseverity: error\nformula: [expenditure-summary|total|total] <= 600\n";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-render-");
    private readonly string xinxiang = RepoPaths.Sample("xinxiang-2022.json");

    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [InlineData("docx", "PK")]
    [InlineData("xlsx", "PK")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Render_Sample_WritesEachFormat(string format, string start)
    {
        var output = Path.Combine(work.FullName, "xinxiang." + format);

        var (code, _, error) = CliRunner.Run("render", xinxiang, "--format", format, "--out", output, "--date", "2022-04-18");

        Assert.True(code == 0, error);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(output).AsSpan(0, start.Length)), StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Render_Html_HasTheNarrativeWithoutABanner()
    {
        var output = Path.Combine(work.FullName, "xinxiang.html");

        var (code, _, error) = CliRunner.Run("render", xinxiang, "--format", "html", "--out", output, "--date", "2022-04-18");

        Assert.True(code == 0, error);
        var html = File.ReadAllText(output);
        Assert.Contains("二〇二二年四月", html, StringComparison.Ordinal);
        Assert.Contains("收入总计比2021年减少279.71万元，下降17.14%。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未通过审核", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithErrorFindings_WritesTheBanner()
    {
        var rules = Write("mine.rules", FailingRule);
        var output = Path.Combine(work.FullName, "xinxiang.html");

        var (code, _, error) = CliRunner.Run("render", xinxiang, "--rules", rules, "--format", "html", "--out", output);

        Assert.True(code == 0, error);
        var line = Assert.Single(error.Split('\n'), l => l.StartsWith("错误：", StringComparison.Ordinal));
        Assert.Equal(2, line.Split("《2022年部门支出预算表》").Length); // the table is named once
        var html = File.ReadAllText(output);
        Assert.Contains("<section class=\"banner\" role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("未通过审核", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Strict_WithErrorFindings_RefusesAndWritesNothing()
    {
        var rules = Write("mine.rules", FailingRule);
        var output = Path.Combine(work.FullName, "xinxiang.docx");

        var (code, _, error) = CliRunner.Run("render", xinxiang, "--rules", rules, "--strict", "--format", "docx", "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("--strict：审核发现 1 处错误，未生成文档。", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_InvalidDataset_IsRefusedWithTheValidationMessages()
    {
        var json = JsonNode.Parse(File.ReadAllText(xinxiang))!;
        json["expenditures"]![0]!["unit"] = "999999";
        var dataset = Write("bad.json", json.ToJsonString());
        var output = Path.Combine(work.FullName, "bad.docx");

        var (code, _, error) = CliRunner.Run("render", dataset, "--format", "docx", "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("bad.json 有 1 处错误，未生成表格", error, StringComparison.Ordinal);
        Assert.Contains("单位编码 999999 不在“单位信息”中", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_MissingReason_IsAWarningOnStandardError()
    {
        var json = JsonNode.Parse(File.ReadAllText(xinxiang))!;
        json["reasons"]!.AsObject().Remove("revenueTotal");
        var dataset = Write("no-reason.json", json.ToJsonString());
        var output = Path.Combine(work.FullName, "no-reason.html");

        var (code, _, error) = CliRunner.Run("render", dataset, "--format", "html", "--out", output);

        Assert.True(code == 0, error);
        Assert.Contains("警告：“收入总计”比2021年减少279.71万元，下降17.14%，变动超过 ±10%", error, StringComparison.Ordinal);
        Assert.Contains("主要原因：【请填写原因】。", File.ReadAllText(output), StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
