using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests;

public sealed class TablesCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-tables-");
    private readonly string xinxiang = RepoPaths.Sample("xinxiang-2022.json");
    private readonly string hubei = RepoPaths.Sample("hubei-2023-jiangcheng.json");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Json_FollowsTheContract()
    {
        var output = Path.Combine(work.FullName, "tables.json");

        var (code, _, error) = CliRunner.Run("tables", xinxiang, "--format", "json", "--out", output);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var tables = json.RootElement.GetProperty("tables");
        Assert.Equal(10, tables.GetArrayLength());
        var summary = tables[2];
        Assert.Equal("expenditure-summary", summary.GetProperty("id").GetString());
        Assert.Equal("预算03表", summary.GetProperty("number").GetString());
        Assert.Equal("万元", summary.GetProperty("unit").GetString());
        Assert.Equal("合计", summary.GetProperty("columns")[3].GetProperty("label").GetString());
        var row = summary.GetProperty("rows").EnumerateArray().Single(r => r.TryGetProperty("code", out var c) && c.GetString() == "2010301");
        Assert.Equal(368.80m, row.GetProperty("cells").GetProperty("total").GetDecimal());
        Assert.Equal(3, row.GetProperty("level").GetInt32());
    }

    [Fact]
    public void Unit_DerivesOneUnitsTables()
    {
        var (code, output, error) = CliRunner.Run("tables", hubei, "--profile", "hubei-2023", "--unit", "301002", "--format", "txt", "--out", "-");

        Assert.True(code == 0, error);
        Assert.Contains("江城区教学研究室2023年部门支出总表", output, StringComparison.Ordinal);
        Assert.DoesNotContain("江城区教育局本级", output, StringComparison.Ordinal);
        Assert.Contains("167.60", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralDatasets_AreConsolidatedIntoARegion()
    {
        var other = Path.Combine(work.FullName, "other.json");
        File.WriteAllText(other, File.ReadAllText(hubei).Replace("\"301", "\"302", StringComparison.Ordinal).Replace("\"4201032300", "\"4201032399", StringComparison.Ordinal).Replace("江城区教育局", "江城区卫生局", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("tables", hubei, other, "--profile", "hubei-2023", "--region", "江城区", "--format", "txt", "--out", "-");

        Assert.True(code == 0, error);
        Assert.Contains("江城区2023年部门支出总表", output, StringComparison.Ordinal);
        Assert.Contains("1,212.40", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralDatasets_WithoutRegion_AreRefused()
    {
        var (code, _, error) = CliRunner.Run("tables", hubei, hubei, "--format", "txt", "--out", "-");

        Assert.Equal(2, code);
        Assert.Contains("--region", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("html")]
    [InlineData("txt")]
    public void EveryFormat_WritesAFile(string format)
    {
        var output = Path.Combine(work.FullName, "sub", $"tables.{format}");

        var (code, _, error) = CliRunner.Run("tables", hubei, "--profile", "hubei-2023", "--format", format, "--out", output);

        Assert.True(code == 0, error);
        Assert.True(new FileInfo(output).Length > 1000);
        Assert.False(File.Exists(output + ".part"));
    }

    [Fact]
    public void MissingDataset_IsBadInputNamingTheFile()
    {
        var (code, _, error) = CliRunner.Run("tables", "no-such.json", "--format", "json", "--out", Path.Combine(work.FullName, "x.json"));

        Assert.Equal(2, code);
        Assert.Contains("no-such.json", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.FullName, "x.json")));
    }

    [Fact]
    public void BrokenJson_IsBadInputNamingLineAndPosition()
    {
        var broken = Path.Combine(work.FullName, "broken.json");
        File.WriteAllText(broken, "{\n  \"year\": 2022,\n  \"department\": {\"code\": \"1\", \"name\": \"x\"},\n  \"expenditures\": [{\"unit\": \"1\", \"function\": \"20103A\"}]\n}");

        var (code, _, error) = CliRunner.Run("tables", broken, "--format", "json", "--out", "-");

        Assert.Equal(2, code);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
        Assert.Contains("第 4 行", error, StringComparison.Ordinal);
        Assert.Contains("20103A", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownUnit_ListsTheUnitsThereAre()
    {
        var (code, _, error) = CliRunner.Run("tables", hubei, "--profile", "hubei-2023", "--unit", "999", "--format", "txt", "--out", "-");

        Assert.Equal(2, code);
        Assert.Contains("301001 江城区教育局本级", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProfile_ListsTheShippedProfiles()
    {
        var (code, _, error) = CliRunner.Run("tables", hubei, "--profile", "nowhere-2030", "--format", "txt", "--out", "-");

        Assert.Equal(2, code);
        Assert.Contains("henan-2022", error, StringComparison.Ordinal);
        Assert.Contains("hubei-2023", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileFile_IsAFinanceBureausOwnLayout()
    {
        var profile = Path.Combine(work.FullName, "mine.json");
        File.WriteAllText(profile, File.ReadAllText(RepoPaths.File("data", "profiles", "hubei-2023.json")).Replace("附表4-", "表", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("tables", hubei, "--profile", profile, "--format", "txt", "--out", "-");

        Assert.True(code == 0, error);
        Assert.Contains("表3", output, StringComparison.Ordinal);
        Assert.DoesNotContain("附表4-3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenProfileFile_IsRefusedNamingTheTableAndColumn()
    {
        var profile = Path.Combine(work.FullName, "bad.json");
        File.WriteAllText(profile, File.ReadAllText(RepoPaths.File("data", "profiles", "hubei-2023.json")).Replace("\"key\": \"basic\"", "\"key\": \"total\"", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("tables", hubei, "--profile", profile, "--format", "txt", "--out", "-");

        Assert.Equal(2, code);
        Assert.Contains("bad.json", error, StringComparison.Ordinal);
        Assert.Contains("“total”重复", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadFormat_IsBadInput()
    {
        var (code, _, _) = CliRunner.Run("tables", hubei, "--format", "pdf", "--out", "-");

        Assert.Equal(2, code);
    }

    [Fact]
    public void StateCapitalTable_IsDerivedWhenAProfileHasIt()
    {
        var profile = JsonNode.Parse(File.ReadAllText(RepoPaths.File("data", "profiles", "hubei-2023.json")))!;
        var fund = profile["tables"]!.AsArray().Single(t => (string?)t!["id"] == "government-fund")!;
        var capital = fund.DeepClone();
        capital["id"] = "state-capital";
        capital["number"] = "附表4-8-2";
        capital["title"] = "{department}{year}年国有资本经营预算支出表";
        capital["emptyNote"] = "说明：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。";
        capital["parts"]![0]!["filter"] = JsonNode.Parse("""{"sources": ["stateCapital"]}""");
        profile["tables"]!.AsArray().Add(capital);
        var path = Path.Combine(work.FullName, "with-state-capital.json");
        File.WriteAllText(path, profile.ToJsonString());
        var dataset = JsonNode.Parse(File.ReadAllText(hubei))!;
        dataset["expenditures"]!.AsArray().Add(JsonNode.Parse("""{"unit":"301001","function":"2050102","economic":"30227","kind":"operating","source":"stateCapital","amount":12.34}"""));
        var data = Path.Combine(work.FullName, "with-state-capital-data.json");
        File.WriteAllText(data, dataset.ToJsonString());

        var (withData, output, error) = CliRunner.Run("tables", data, "--profile", path, "--format", "txt", "--out", "-");
        var (without, emptyOutput, _) = CliRunner.Run("tables", hubei, "--profile", path, "--format", "txt", "--out", "-");

        Assert.True(withData == 0 && without == 0, error);
        var table = output[output.IndexOf("国有资本经营预算支出表", StringComparison.Ordinal)..];
        Assert.Contains("12.34", table, StringComparison.Ordinal);
        Assert.Contains("说明：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。", emptyOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetWithErrors_IsRefusedWithEveryError()
    {
        var dataset = JsonNode.Parse(File.ReadAllText(hubei))!;
        dataset["expenditures"]![0]!["unit"] = "301999";
        dataset["expenditures"]![1]!["amount"] = -5;
        var path = Path.Combine(work.FullName, "errors.json");
        File.WriteAllText(path, dataset.ToJsonString());
        var output = Path.Combine(work.FullName, "errors.xlsx");

        var (code, _, error) = CliRunner.Run("tables", path, "--profile", "hubei-2023", "--format", "xlsx", "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("errors.json", error, StringComparison.Ordinal);
        Assert.Contains("支出明细第 1 行", error, StringComparison.Ordinal);
        Assert.Contains("301999", error, StringComparison.Ordinal);
        Assert.Contains("支出明细第 2 行", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void UnknownCode_IsAWarningAndTheLineIsKept()
    {
        var dataset = JsonNode.Parse(File.ReadAllText(hubei))!;
        dataset["expenditures"]![0]!["function"] = "2050188";
        var path = Path.Combine(work.FullName, "unknown-code.json");
        File.WriteAllText(path, dataset.ToJsonString());

        var (code, output, error) = CliRunner.Run("tables", path, "--profile", "hubei-2023", "--format", "txt", "--out", "-");

        Assert.Equal(0, code);
        Assert.Contains("警告", error, StringComparison.Ordinal);
        Assert.Contains("2050188", error, StringComparison.Ordinal);
        Assert.Contains("2050188", output, StringComparison.Ordinal);
        Assert.Contains("606.20", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ToStandardOutput_IsRefused()
    {
        var (code, output, error) = CliRunner.Run("tables", hubei, "--profile", "hubei-2023", "--format", "xlsx", "--out", "-");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }
}
