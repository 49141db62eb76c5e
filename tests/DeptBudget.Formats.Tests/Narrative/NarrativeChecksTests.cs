using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Formats.Tests.Narrative;

/// <summary>Each narrative check fires on a mutated sentence of seed 002 and is silent on the original.</summary>
public class NarrativeChecksTests
{
    private const string Opening = "新乡市政务服务和大数据管理局 2022 年收入总计 1352.27 万元，支出总计 1352.27 万元，与 2021 年预算相比，收入减少 279.71 万元，下降 17.14%。";

    private static readonly Table KeyFigures = KeyFiguresBuilder.Seed002().Build();

    public static TheoryData<bool> WithAndWithoutTables => new() { true, false };

    [Fact]
    public void Seed002_AgainstItsKeyFigures_HasNoErrorOrWarning()
    {
        var findings = Run(Seeds.Text("002"), KeyFigures);

        Assert.DoesNotContain(findings, f => f.Severity is Severity.Error or Severity.Warning);
        Assert.Equal(3, findings.Count(f => f.RuleId == NarrativeChecks.UnboundRule));
    }

    [Fact]
    public void Seed002_TextAlone_HasNoErrorOrWarning()
    {
        var findings = Run(Seeds.Text("002"), null);

        Assert.DoesNotContain(findings, f => f.Severity is Severity.Error or Severity.Warning);
    }

    /// <summary>The same mutations in the whole seed 002 text: found in context, each by its rule, on its sentence.</summary>
    [Theory]
    [InlineData("收入减少 279.71 万元，下降 17.14%", "收入减少 279.71 万元，下降 20.68%", NarrativeChecks.PctBaseRule, 95)]
    [InlineData("收入减少 279.71 万元，下降 17.14%", "收入增加 279.71 万元，下降 17.14%", NarrativeChecks.DirectionRule, 95)]
    [InlineData("支出减少 279.71 万元", "收入减少 279.17 万元", NarrativeChecks.ConsistentRule, 95)]
    [InlineData("人员经费支出 884.87 万元，占 92.77%", "人员经费支出 884.87 万元，占 92.67%", NarrativeChecks.ShareRule, 115)]
    [InlineData("政府采购货物预算6万元", "政府采购货物预算5万元", NarrativeChecks.SumRule, 141)]
    [InlineData("公务接待费1万元", "公务接待费1.5万元", NarrativeChecks.AmountRule, 125)]
    public void Seed002_Mutated_IsFoundInContext(string original, string mutated, string rule, int line)
    {
        var text = Seeds.Text("002");
        Assert.Contains(original, text, StringComparison.Ordinal);

        var findings = Run(text.Replace(original, mutated, StringComparison.Ordinal), KeyFigures);

        var finding = Assert.Single(findings, f => f.RuleId == rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains($"（第 {line} 行）", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutTables))]
    public void PercentOnThisYear_IsReportedAsTheWrongBase(bool withTables)
    {
        var findings = Run(Opening.Replace("下降 17.14%", "下降 20.68%", StringComparison.Ordinal), withTables ? KeyFigures : null);

        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal(NarrativeChecks.PctBaseRule, finding.RuleId);
        Assert.Equal((20.68m, 17.14m, 3.54m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Contains("以本年数为基数", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new Location { Section = "（无标题）", Paragraph = 1, Sentence = 1 }, finding.Location);
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutTables))]
    public void IncreaseWrittenForADecrease_IsADirectionError(bool withTables)
    {
        var findings = Run(Opening.Replace("收入减少", "收入增加", StringComparison.Ordinal), withTables ? KeyFigures : null);

        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal(NarrativeChecks.DirectionRule, finding.RuleId);
        Assert.Contains("增加", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongPercent_NotOnEitherBase_IsAChangePctError()
    {
        var finding = Assert.Single(Run(Opening.Replace("17.14%", "18.14%", StringComparison.Ordinal), KeyFigures), f => f.Severity == Severity.Error);

        Assert.Equal((NarrativeChecks.ChangePctRule, 18.14m, 17.14m), (finding.RuleId, finding.Stated, finding.Expected));
    }

    [Fact]
    public void PercentOffByOneHundredth_IsRounding()
    {
        var finding = Assert.Single(Run(Opening.Replace("17.14%", "17.15%", StringComparison.Ordinal), KeyFigures));

        Assert.Equal((NarrativeChecks.ChangePctRule, Severity.Rounding), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void SecondSentenceQuotingAnotherChange_IsInconsistent()
    {
        var text = Opening + "\n\n与 2021 年相比，收入减少 279.17 万元。";

        var findings = Run(text, null);

        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal((NarrativeChecks.ConsistentRule, -279.17m, -279.71m), (finding.RuleId, finding.Stated, finding.Expected));
        Assert.Equal(2, finding.Location.Paragraph);
    }

    [Fact]
    public void AmountNotAsTheTable_IsAnAmountErrorWithTheDifference()
    {
        var finding = Assert.Single(Run(Opening.Replace("支出总计 1352.27", "支出总计 1325.27", StringComparison.Ordinal), KeyFigures), f => f.Severity == Severity.Error);

        Assert.Equal((NarrativeChecks.AmountRule, 1325.27m, 1352.27m, -27.00m), (finding.RuleId, finding.Stated, finding.Expected, finding.Difference));
        Assert.Contains("支出总计与表中本年数不一致，文中为 1,325.27 万元，应为 1,352.27 万元，少 27.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeAgainstTheTable_IsAChangeError()
    {
        var finding = Assert.Single(Run(Opening.Replace("减少 279.71 万元", "减少 297.71 万元", StringComparison.Ordinal), KeyFigures), f => f.Severity == Severity.Error);

        Assert.Equal((NarrativeChecks.ChangeRule, -297.71m, -279.71m), (finding.RuleId, finding.Stated, finding.Expected));
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutTables))]
    public void ShareNotPartOverWhole_IsAShareError(bool withTables)
    {
        const string text = "2022 年支出合计 1352.27 万元，其中：基本支出 953.86 万元，占 70.45%；项目支出 398.41 万元，占 29.46%。";

        var findings = Run(text, withTables ? KeyFigures : null);

        var share = Assert.Single(findings, f => f.RuleId == NarrativeChecks.ShareRule);
        Assert.Equal((Severity.Error, 70.45m, 70.54m), (share.Severity, share.Stated, share.Expected));
        var sum = Assert.Single(findings, f => f.RuleId == NarrativeChecks.SumRule);
        Assert.Equal((Severity.Warning, 99.91m, 100m), (sum.Severity, sum.Stated, sum.Expected));
    }

    [Theory]
    [InlineData("占 71%", Severity.Rounding)]
    [InlineData("占 72%", Severity.Error)]
    public void WholePercentShare_WithinHalfAPoint_IsRounding(string share, Severity severity)
    {
        var finding = Assert.Single(Run($"2022 年支出合计 1352.27 万元，其中：基本支出 953.86 万元，{share}。", KeyFigures));

        Assert.Equal((NarrativeChecks.ShareRule, severity), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void ProcurementKindsNotAddingUp_IsASumError()
    {
        const string text = "2022年政府采购预算安排6万元，其中：政府采购货物预算5万元、政府采购工程预算0万元、政府采购服务预算0万元。";

        var finding = Assert.Single(Run(text, null));

        Assert.Equal((NarrativeChecks.SumRule, Severity.Error, 5m, 6m), (finding.RuleId, finding.Severity, finding.Stated, finding.Expected));
    }

    [Fact]
    public void PartsWithinOneHundredthEach_AreRounding()
    {
        const string text = "基本支出 953.86 万元，其中：人员经费 884.86 万元；公用经费 68.99 万元。";

        var finding = Assert.Single(Run(text, null));

        Assert.Equal((NarrativeChecks.SumRule, Severity.Rounding), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void SmeShare_IsPartOverWholeOfTheText()
    {
        const string text = "2022年政府采购预算安排200万元，其中面向中小企业预留150万元，占80%。";

        var finding = Assert.Single(Run(text, null), f => f.RuleId == NarrativeChecks.ShareRule);

        Assert.Equal((Severity.Error, 80m, 75m), (finding.Severity, finding.Stated, finding.Expected));
    }

    [Fact]
    public void LastYearZero_ZeroChangeAndZeroPercent_IsFine_ButAPercentIsAWarning()
    {
        const string fine = "政府性基金收支预算 0 万元，与 2021 年相比，政府性基金收支预算增加 0 万元，增长 0%。";
        var keyFigures = KeyFiguresBuilder.Seed002().Row("governmentFund", 10m, 0m).Build();

        Assert.Empty(Run(fine, KeyFigures));
        var finding = Assert.Single(Run(fine.Replace(" 0 万元，增长 0%", " 10 万元，增长 100%", StringComparison.Ordinal), keyFigures), f => f.Severity != Severity.Error);
        Assert.Equal((NarrativeChecks.ChangePctRule, Severity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void DecreaseWithGrowth_IsADirectionErrorInTheTextAlone()
    {
        var finding = Assert.Single(Run(Opening.Replace("下降 17.14%", "增长 17.14%", StringComparison.Ordinal), null));

        Assert.Equal((NarrativeChecks.DirectionRule, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Contains("方向自相矛盾", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnboundFigure_IsANoticeThatQuotesTheSentence()
    {
        var finding = Assert.Single(Run("我局负责管理的专项转移支付项目共有1项，主要是：自主创新示范区建设项目2886.5万元。", null));

        Assert.Equal((NarrativeChecks.UnboundRule, Severity.Notice), (finding.RuleId, finding.Severity));
        Assert.Contains("2886.5万元", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>A figure that falls to 0 this year: 下降 100% is right, and the wrong-base test (÷ this year) must not divide by 0.</summary>
    [Theory]
    [InlineData("下降 100%", null)]
    [InlineData("下降 50%", NarrativeChecks.ChangePctRule)]
    public void FallToZero_PercentAgainstLastYear(string percent, string? rule)
    {
        var figures = new KeyFiguresBuilder().Row("revenueTotal", 100m, 100m).Row("governmentFund", 0m, 10m, "revenueTotal").Build();

        var findings = Run($"政府性基金收入 0 万元，比上年减少 10 万元，{percent}。", figures);

        Assert.Equal(rule, findings.SingleOrDefault(f => f.Severity == Severity.Error)?.RuleId);
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutTables))]
    public void HeadingSayingIncreaseOverADecrease_IsAnError(bool withTables)
    {
        var text = "# 一、关于收入预算增加的说明\n\n" + Opening + "\n";

        var finding = Assert.Single(Run(text, withTables ? KeyFigures : null), f => f.RuleId == NarrativeChecks.HeadingDirectionRule);

        Assert.Equal((Severity.Error, -279.71m), (finding.Severity, finding.Stated));
        Assert.DoesNotContain(Run(text.Replace("增加的说明", "减少的说明", StringComparison.Ordinal), withTables ? KeyFigures : null), f => f.RuleId == NarrativeChecks.HeadingDirectionRule);
    }

    private static IReadOnlyList<Finding> Run(string text, Table? keyFigures) => NarrativeReview.Check(text, keyFigures).Findings;
}
