using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

/// <summary>check with last year's dataset (--last-year), the rules skipped without it, and the dataset checks through check.</summary>
public sealed class CheckAcrossYearsTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-check-years-");
    private readonly string hubei = RepoPaths.Sample("hubei-2023-jiangcheng.json");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void WithoutLastYear_TheCrossYearRuleIsSkippedWithTheReason()
    {
        var (code, output, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var skipped = Assert.Single(json.RootElement.GetProperty("document").GetProperty("skipped").EnumerateArray());
        Assert.Equal("hubei-three-public-last-year", skipped.GetProperty("rule").GetString());
        Assert.Equal("未提供上年数据", skipped.GetProperty("reason").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    public void WithoutLastYear_TheReportSaysSoInOneLine(string format)
    {
        var (code, output, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--format", format);

        Assert.True(code == 0, error);
        Assert.Contains("未运行 1 条规则（未提供上年数据：hubei-three-public-last-year）。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLastYear_LastYearsTablesAreCheckedAgainst()
    {
        var last = Write("last.json", Sample(hubei, d => d["year"] = 2022));

        var (code, output, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--last-year", last, "--format", "json");

        Assert.True(code == 1, error);
        using var json = JsonDocument.Parse(output);
        Assert.Empty(json.RootElement.GetProperty("document").GetProperty("skipped").EnumerateArray());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var threePublic = Assert.Single(findings, f => f.GetProperty("id").GetString() == "hubei-three-public-last-year#1");
        Assert.Equal((7.6m, 6.8m), (threePublic.GetProperty("stated").GetDecimal(), threePublic.GetProperty("expected").GetDecimal()));
        var revenue = Assert.Single(findings, f => f.GetProperty("id").GetString() == "key-figures-last-year#1");
        Assert.Equal("revenueTotal", revenue.GetProperty("location").GetProperty("row").GetString());
        Assert.Equal((548.6m, 606.2m), (revenue.GetProperty("stated").GetDecimal(), revenue.GetProperty("expected").GetDecimal()));
    }

    [Fact]
    public void WithLastYear_InAnotherProfile_UsesThatProfilesTables()
    {
        var (code, output, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--last-year", RepoPaths.Sample("xinxiang-2022.json"), "--last-year-profile", "henan-2022", "--format", "json");

        Assert.True(code == 1, error);
        using var json = JsonDocument.Parse(output);
        var threePublic = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "hubei-three-public-last-year#1");
        Assert.Equal(3.3m, threePublic.GetProperty("expected").GetDecimal());
    }

    [Fact]
    public void LastYearWithErrors_ExitsTwoNamingTheFile()
    {
        var last = Write("last-broken.json", Sample(hubei, d => d["expenditures"]![0]!["unit"] = "301999"));

        var (code, _, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--last-year", last, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("last-broken.json 有 1 处错误", error, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffingDifferingFromTheUnits_IsAWarning()
    {
        var dataset = Write("staff.json", Sample(hubei, d => d["department"]!["staffing"]!["retired"] = 20));

        var (code, output, error) = CliRunner.Run("check", dataset, "--profile", "hubei-2023", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "staffing-equals-units");
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("概况/编制：离退休人员", finding.GetProperty("location").GetProperty("section").GetString());
        Assert.Equal((20m, 19m, 1m), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal(), finding.GetProperty("difference").GetDecimal()));
    }

    [Fact]
    public void FunctionCodeOf2022MissingFromThe2023List_IsReported()
    {
        Assert.Contains("2050199,", File.ReadAllText(RepoPaths.File("data", "classifications", "2022", "functions.csv")), StringComparison.Ordinal);
        var lists = Directory.CreateDirectory(Path.Combine(work.FullName, "data", "classifications", "2023"));
        File.WriteAllLines(
            Path.Combine(lists.FullName, "functions.csv"),
            File.ReadAllLines(RepoPaths.File("data", "classifications", "2023", "functions.csv")).Where(l => !l.StartsWith("2050199,", StringComparison.Ordinal)));

        var (code, output, error) = CliRunner.Run("check", hubei, "--profile", "hubei-2023", "--data-dir", Path.Combine(work.FullName, "data"), "--format", "json");

        Assert.True(code == 0, error);
        Assert.Contains(Validation(output), m => m.Contains("功能分类科目 2050199 不在 2023 年科目表中", StringComparison.Ordinal));
    }

    [Fact]
    public void EconomicCodeNotAllowedForTheKind_IsReported()
    {
        var dataset = Write("kind.json", Sample(hubei, d =>
        {
            var line = d["expenditures"]!.AsArray().First(l => l!["kind"]!.GetValue<string>() == "personnel")!;
            line["economic"] = "30201";
        }));

        var (code, output, error) = CliRunner.Run("check", dataset, "--profile", "hubei-2023", "--format", "json");

        Assert.True(code == 0, error);
        Assert.Contains(Validation(output), m => m.Contains("30201", StringComparison.Ordinal) && m.Contains("人员经费", StringComparison.Ordinal));
    }

    private static List<string> Validation(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "dataset-validation")
            .Select(f => f.GetProperty("message").GetString()!)
            .ToList();
    }

    private static string Sample(string path, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        return node.ToJsonString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
