using System.Text.Json;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// deptbudget check on documents that hold no standard table (seeds 000 and 003: performance forms only) and on
/// input that is no document at all: a clear message or findings saying what could not be read, never a crash.
/// </summary>
public sealed class DocumentInputTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-document-");

    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [InlineData("000", "hubei-department")]
    [InlineData("003", "zhengzhou-2020")]
    public void Check_FormsOnly_ReportsTheFormsReviewWithoutTheBudgetTableNotice(string seed, string form)
    {
        var (code, output, error) = CliRunner.Run("check", DocumentSeeds.Path(seed), "--format", "json");
        var text = CliRunner.Run("check", DocumentSeeds.Path(seed), "--format", "text").Out;

        Assert.True(code is 0 or 1, error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(form, report.GetProperty("document").GetProperty("profile").GetString());
        var rules = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.StartsWith("target-", r, StringComparison.Ordinal));
        Assert.StartsWith("审核：", text, StringComparison.Ordinal);
        Assert.Contains($"（式样 {form}）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("标准表", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyFile_ExitsTwoSayingItIsEmpty()
    {
        var (code, _, error) = CliRunner.Run("check", Write("empty.txt", []), "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("empty.txt：文件是空的", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BinaryGarbage_ExitsTwoSayingItIsBinary()
    {
        var (code, _, error) = CliRunner.Run("check", Write("garbage.txt", [0x13, 0x00, 0xFF, 0x42, 0x00, 0x07]), "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("garbage.txt：无法识别的文件内容", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_APdfNamedTxt_IsRecognisedByItsContent()
    {
        var (code, _, error) = CliRunner.Run("check", Write("report.txt", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray()), "--format", "json");

        Assert.Equal(2, code);
        // Read as the PDF it is (not as text), and this one is broken.
        Assert.Contains("report.txt：PDF 已损坏", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextWithNoTable_ReportsThatNoStandardTableWasFound()
    {
        var text = "# 某局 2023 年部门预算\n\n某局 2023 年收入合计 100.00 万元。\n"u8.ToArray();

        var (code, output, error) = CliRunner.Run("check", Write("plain.txt", text), "--format", "text");

        Assert.True(code == 0, error);
        Assert.Contains("文件中没有可识别的标准表。", output, StringComparison.Ordinal);
        Assert.Contains("表的审核规则都未运行", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ACellThatIsNotANumber_IsReportedWithTableRowAndColumn()
    {
        var seed = File.ReadAllText(DocumentSeeds.Path("002"));
        var broken = seed.Replace("210\t11\t03\t\t公务员医疗补助\t31.88\t\t31.88", "210\t11\t03\t\t公务员医疗补助\t31.88\t\t三十一", StringComparison.Ordinal);
        Assert.NotEqual(seed, broken);

        var (_, output, error) = CliRunner.Run("check", Write("broken.txt", System.Text.Encoding.UTF8.GetBytes(broken)), "--format", "json");

        var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "document-unreadable" && f.GetProperty("message").GetString()!.Contains("不是数字", StringComparison.Ordinal));
        var location = finding.GetProperty("location");
        Assert.True(location.GetProperty("table").GetString() == "expenditure-summary", error);
        Assert.Equal(("公务员医疗补助", "工资福利支出", "三十一"), (location.GetProperty("rowLabel").GetString(), location.GetProperty("columnLabel").GetString(), location.GetProperty("source").GetString()));
    }

    [Fact]
    public void Check_ReviewersRuleNamingATableTheDocumentLacks_ExitsTwoNamingTheRuleFile()
    {
        var rules = Write("mine.rules", "rule: mine\nformula: [economic-summary|total|total] = 1\n"u8.ToArray());

        var (code, _, error) = CliRunner.Run("check", DocumentSeeds.Path("002"), "--rules", rules, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("mine.rules", error, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
