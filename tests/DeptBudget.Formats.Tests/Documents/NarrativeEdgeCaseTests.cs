using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Writing;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>The wording rules on datasets changed from seed 002: decreases, a zero last year, nothing this year, a missing reason.</summary>
public class NarrativeEdgeCaseTests
{
    [Fact]
    public void Decrease_WithoutReason_WritesThePlaceholderAndAFinding()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, d => d with
        {
            Reasons = d.Reasons.Where(r => r.Key != "revenueTotal").ToDictionary(r => r.Key, r => r.Value),
        });
        var text = DocumentText.Write(document);

        Assert.Contains("收入总计比2021年减少279.71万元，下降17.14%。主要原因：【请填写原因】。", text, StringComparison.Ordinal);
        var finding = Assert.Single(document.WritingFindings);
        Assert.Equal("narrative-missing-reason", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("revenueTotal", finding.Location.RowKey);
        Assert.Contains("revenueTotal", finding.Message, StringComparison.Ordinal);
        AssertReviewPasses(document);
    }

    [Fact]
    public void SmallChange_WithoutReason_WritesNoReasonSentence()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, d => WithReception(d, thisYear: 1.05m, lastYear: 1.00m));
        var text = DocumentText.Write(document);

        Assert.Contains("公务接待费1.05万元，比2021年增加0.05万元，增长5.00%。主要用于", text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.WritingFindings, f => f.Location.RowKey == "reception");
    }

    [Fact]
    public void LastYearZero_SaysSoInsteadOfAPercent()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, d => WithReception(d, thisYear: 2.00m, lastYear: 0m, reason: "新增外事接待任务"));
        var text = DocumentText.Write(document);

        Assert.Contains("公务接待费2.00万元，2021年无此项支出，本年新增2.00万元。主要原因：新增外事接待任务。", text, StringComparison.Ordinal);
        AssertReviewPasses(document);
    }

    [Fact]
    public void NothingThisYear_SaysSoWithTheDecrease()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, d => WithReception(d, thisYear: 0m, lastYear: 1.00m));
        var text = DocumentText.Write(document);

        Assert.Contains("公务接待费0.00万元，本年无此项支出，比2021年减少1.00万元。主要原因：【请填写原因】。", text, StringComparison.Ordinal);
        Assert.Contains(document.WritingFindings, f => f.Location.RowKey == "reception" && f.Message.Contains("threePublic.reception", StringComparison.Ordinal));
        AssertReviewPasses(document);
    }

    [Fact]
    public void EmptyGovernmentFund_WritesTheNoneSentenceAndKeepsTheTableWithItsNote()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang);
        var text = DocumentText.Write(document);

        Assert.Contains("新乡市政务服务和大数据管理局2022年没有使用政府性基金预算拨款安排的支出。", text, StringComparison.Ordinal);
        var fund = Assert.Single(document.Tables, t => t.Id == "government-fund");
        Assert.True(fund.IsEmpty);
        Assert.NotEmpty(fund.Notes);
    }

    [Fact]
    public void Increase_IsWrittenWithIncreaseWords()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, d => d with
        {
            LastYear = d.LastYear! with { RevenueTotal = 1200m, ExpenditureTotal = 1200m },
        });
        var text = DocumentText.Write(document);

        Assert.Contains("收入总计比2021年增加152.27万元，增长12.69%。", text, StringComparison.Ordinal);
        AssertReviewPasses(document);
    }

    [Fact]
    public void RegeneratingAfterAReasonIsAdded_KeepsTheReason()
    {
        var withoutReason = SampleDocuments.Build(SampleDocuments.Xinxiang, d => WithReception(d, thisYear: 0m, lastYear: 1.00m));
        var withReason = SampleDocuments.Build(SampleDocuments.Xinxiang, d => WithReception(d, thisYear: 0m, lastYear: 1.00m, reason: "接待任务并入机关事务局"));

        Assert.Contains(Wording.MissingReason, DocumentText.Write(withoutReason), StringComparison.Ordinal);
        Assert.Contains("主要原因：接待任务并入机关事务局。", DocumentText.Write(withReason), StringComparison.Ordinal);
        Assert.DoesNotContain(withReason.WritingFindings, f => f.Location.RowKey == "reception");
    }

    [Fact]
    public void ErrorFindings_AreTheBanner()
    {
        var error = new Finding { Id = "x#1", RuleId = "x", Severity = Severity.Error, Location = new Location(), Message = "合计不等于各行之和" };
        var warning = error with { Id = "y#1", Severity = Severity.Warning };

        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, errors: [error, warning]);

        Assert.Equal([error], document.Banner);
        Assert.Contains("未通过审核：合计不等于各行之和", DocumentText.Write(document), StringComparison.Ordinal);
    }

    private static BudgetDataset WithReception(BudgetDataset dataset, decimal thisYear, decimal lastYear, string? reason = null)
    {
        var line = dataset.ThreePublic[0];
        var reasons = dataset.Reasons.ToDictionary(r => r.Key, r => r.Value);
        if (reason is not null)
        {
            reasons["threePublic.reception"] = reason;
        }

        return dataset with
        {
            ThreePublic = [line with { ThisYear = line.ThisYear with { Reception = thisYear }, LastYear = line.LastYear with { Reception = lastYear } }],
            Reasons = reasons,
        };
    }

    private static void AssertReviewPasses(DisclosureDocument document)
    {
        var serious = NarrativeReview.Check(DocumentText.Write(document), document.KeyFigures()).Findings
            .Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(f => f.Message)));
    }
}
