using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// The narrative (情况说明) of the Putuo finance bureau's 2024 final accounts, checked against its nine 决算 tables: its two
/// real errors are found with their page, line and sentence, its correct sentences give nothing, a broken text copy of
/// correct sentences gives each break, and the 年初预算 figures the tables do not print are left unchecked.
/// </summary>
public class FinalAccountsNarrativeTests
{
    private static readonly SourceDocument Pdf = PutuoDocument.Pdf;
    private static readonly DocumentCheckResult Checked = PutuoDocument.Checked;

    [Fact]
    public void TheFiscalTotalOfThreeTenths_IsAnError_AgainstTheFiscalSummarysTotal()
    {
        var finding = Assert.Single(Checked.Findings, f => f.RuleId == NarrativeChecks.AmountRule && f.Severity == Severity.Error);

        Assert.Equal((0.3m, 2961.68m), (finding.Stated, finding.Expected));
        Assert.Equal("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。", finding.Location.Source);
        Assert.Equal("四、财政拨款收入支出决算总体情况说明", finding.Location.Section);
        Assert.Equal(("21", 14), (finding.Location.Page, finding.Location.Line));
        Assert.Contains("（第 21 页第 14 行）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("财政拨款收入支出总计与表中本年数不一致", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShareOfGeneralPublicServices_IsAnError_ComputedFromTheTable()
    {
        var finding = Assert.Single(Checked.Findings, f => f.RuleId == NarrativeChecks.ShareRule && f.Severity == Severity.Error);

        Assert.Equal((71.73m, 71.65m), (finding.Stated, finding.Expected));
        Assert.Contains("一般公共服务支出（类）2106.66万元，占71.73%", finding.Location.Source, StringComparison.Ordinal);
        Assert.Equal(("21", 24), (finding.Location.Page, finding.Location.Line));
    }

    [Fact]
    public void TheTwoErrors_AreAllTheNarrativeGives_BesidesNoticesAndRounding()
    {
        var serious = Checked.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).Select(f => f.RuleId).Order(StringComparer.Ordinal);

        Assert.Equal([NarrativeChecks.AmountRule, NarrativeChecks.ShareRule], serious);
    }

    [Theory]
    [InlineData("收入支出总计2995.39万元")]
    [InlineData("本年收入合计2946.25万元")]
    [InlineData("基本支出2336.91万元")]
    [InlineData("占本年支出合计的100.00%")]
    [InlineData("社会保障和就业支出（类）326.72万元")]
    [InlineData("人员经费2152.26万元")]
    [InlineData("机关运行经费支出184.65万元")]
    [InlineData("面向中小企业预留的政府采购项目中")]
    public void ACorrectSentence_GivesNoFinding(string words) =>
        Assert.DoesNotContain(Checked.Findings, f => f.RuleId.StartsWith("narrative-", StringComparison.Ordinal) && (f.Location.Source?.Contains(words, StringComparison.Ordinal) ?? false));

    [Fact]
    public void TheFiguresOfTheInitialBudget_AreLeftUnchecked_AsNotices()
    {
        var about = Checked.Findings.Where(f => f.Location.Source?.Contains("年初预算为2993.92万元", StringComparison.Ordinal) ?? false).ToList();

        Assert.Equal(2, about.Count);
        Assert.All(about, f => Assert.Equal((NarrativeChecks.UnboundRule, Severity.Notice), (f.RuleId, f.Severity)));
        Assert.Contains(about, f => f.Message.Contains("数字 98.20%", StringComparison.Ordinal));
    }

    [Fact]
    public void ABrokenTextCopy_OfCorrectSentences_GivesEachBreak()
    {
        var original = FinalAccountsText.Of(Pdf);
        var text = original
            .Replace("其他收入6.2万元，占0.21%", "其他收入6.2万元，占0.12%", StringComparison.Ordinal)
            .Replace("人员经费2152.26万元", "人员经费2125.26万元", StringComparison.Ordinal)
            .Replace("支出决算为0.00万元，完成预算的0%，其中", "支出决算为0.50万元，完成预算的0%，其中", StringComparison.Ordinal);
        Assert.Equal(3, Changed(original, text));

        var broken = DocumentCheck.Run(TextDocumentParser.Parse(text, "putuo-broken.txt"), null, ShippedRules.All, []);

        var errors = broken.Findings.Where(f => f.Severity == Severity.Error && f.RuleId.StartsWith("narrative-", StringComparison.Ordinal))
            .Select(f => (f.RuleId, f.Stated, f.Expected)).ToList();
        Assert.Contains((NarrativeChecks.ShareRule, 0.12m, 0.21m), errors);
        Assert.Contains((NarrativeChecks.AmountRule, 2125.26m, 2152.26m), errors);
        Assert.Contains((NarrativeChecks.AmountRule, 0.50m, 0.00m), errors);
    }

    [Fact]
    public void TheKeyFigures_AreReadFromTheFinalAccountsColumns()
    {
        var figures = new FigureBook(KeyFigures.Derive([.. Checked.Recognized.Tables.Select(t => t.Table)], null, DisclosureKind.FinalAccounts));

        Assert.Equal(
            [2961.68m, 2940.05m, 2995.39m, 2946.25m, 49.14m, 55.34m, 2152.26m, 184.65m, 326.72m],
            new[] { "fiscalTotal", "fiscalAppropriation", "revenueTotal", "revenueThisYear", "carryOver", "yearEndBalance", "personnel", "operating", "class:208" }
                .Select(k => figures.ThisYear(k)));
    }

    private static int Changed(string original, string text) =>
        original.Split('\n').Zip(text.Split('\n')).Count(p => p.First != p.Second);
}
