using DeptBudget.Core.Checks;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Narrative;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

public class NarrativeGoldenTests
{
    [Theory]
    [InlineData(SampleDocuments.Xinxiang, "xinxiang-2022.narrative.md")]
    [InlineData(SampleDocuments.Hubei, "hubei-2023-jiangcheng.narrative.md")]
    public void Narrative_OfEachSample_MatchesItsGoldenFile(string sample, string golden) =>
        GoldenFile.Verify($"tests/DeptBudget.Formats.Tests/Documents/Golden/{golden}", DocumentText.Write(SampleDocuments.Build(sample)));

    [Theory]
    [InlineData(SampleDocuments.Xinxiang)]
    [InlineData(SampleDocuments.Hubei)]
    public void Narrative_CheckedAsNarrativeFacts_HasNoErrorOrWarning(string sample)
    {
        var dataset = SampleDocuments.Dataset(sample);
        var (tables, keyFigures) = SampleDocuments.Tables(dataset, SampleDocuments.ProfileOf(sample));
        var text = DocumentText.Write(SampleDocuments.Build(sample));

        var review = NarrativeReview.Check(text, keyFigures, dataset.Department.Staffing);

        var serious = review.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(f => $"{f.RuleId} {f.Location.Describe()}: {f.Message}")));
        Assert.NotEmpty(tables);
    }

    [Fact]
    public void Narrative_StaffingCounts_AreCheckedAgainstTheDatasetsStaffing()
    {
        var dataset = SampleDocuments.Dataset(SampleDocuments.Hubei);
        var text = DocumentText.Write(SampleDocuments.Build(SampleDocuments.Hubei));
        var otherwise = dataset.Department.Staffing! with { Retired = 18 };

        var finding = Assert.Single(NarrativeReview.Check(text, null, otherwise).Findings, f => f.RuleId == NarrativeChecks.StaffingRule);

        Assert.Equal((19m, 18m), (finding.Stated, finding.Expected));
        Assert.Contains("离退休人员 19 人", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_OfSeed002_StatesItsFigures()
    {
        var text = DocumentText.Write(SampleDocuments.Build(SampleDocuments.Xinxiang));

        Assert.Contains("收入总计1352.27万元", text, StringComparison.Ordinal);
        Assert.Contains("收入总计比2021年减少279.71万元，下降17.14%。主要原因：部分项目按合同条款，2022 年支出金额较 2021 年减少。", text, StringComparison.Ordinal);
        Assert.Contains("基本支出953.86万元，占70.54%；项目支出398.41万元，占29.46%", text, StringComparison.Ordinal);
        Assert.Contains("人员经费884.87万元，占92.77%；公用经费68.99万元，占7.23%", text, StringComparison.Ordinal);
        Assert.Contains("“三公”经费预算3.30万元，与2021年持平", text, StringComparison.Ordinal);
    }
}
