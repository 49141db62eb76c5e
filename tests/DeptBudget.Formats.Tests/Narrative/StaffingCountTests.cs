using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Formats.Tests.Narrative;

/// <summary>The staffing counts of a narrative, with the shipped vocabulary: each check fires on a mutated sentence and is silent on the original.</summary>
public class StaffingCountTests
{
    private static readonly Staffing Dataset = new() { AdministrativePosts = 20, InstitutionPosts = 5, ActiveWithPost = 21, ActiveWithoutPost = 2, Retired = 4 };

    /// <summary>What the dataset above says, as a department's narrative says it.</summary>
    private static string Original => "## 二、机构设置\n\n本部门编制 25 人，实有在职人员 23 人，其中行政编制 20 人、事业编制 5 人；离退休人员 4 人。";

    private static IReadOnlyList<Finding> Check(string text, Staffing? staffing = null) => NarrativeReview.Check(text, null, staffing).Findings;

    [Fact]
    public void Original_AgainstItselfAndTheDataset_HasNoFinding() => Assert.Empty(Check(Original, Dataset));

    [Fact]
    public void PartsExceedingTheirWhole_AreAnError()
    {
        var finding = Assert.Single(Check(Original.Replace("事业编制 5 人", "事业编制 7 人", StringComparison.Ordinal)), f => f.RuleId == NarrativeChecks.SumRule);

        Assert.Equal((Severity.Error, 27m, 25m), (finding.Severity, finding.Stated, finding.Expected));
        Assert.Contains("行政编制、事业编制之和 27 人与编制 25 人不一致，多 2 人", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartsShortOfTheirWhole_AreAWarning_AsTheListMayBePartial()
    {
        var finding = Assert.Single(Check(Original.Replace("事业编制 5 人", "事业编制 3 名", StringComparison.Ordinal)), f => f.RuleId == NarrativeChecks.SumRule);

        Assert.Equal((Severity.Warning, 23m, 25m), (finding.Severity, finding.Stated, finding.Expected));
    }

    [Fact]
    public void TheSameCountQuotedTwiceDifferently_IsAnError()
    {
        var finding = Assert.Single(Check(Original + "\n\n截至年底，实有在职人员 24 人。"), f => f.RuleId == NarrativeChecks.ConsistentRule);

        Assert.Equal((Severity.Error, 24m, 23m), (finding.Severity, finding.Stated, finding.Expected));
        Assert.Contains("实有在职人员的人数与前文", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameCountQuotedTwiceAlike_IsNoFinding() => Assert.Empty(Check(Original + "\n\n截至年底，实有在职人员 23 人。"));

    [Theory]
    [InlineData("实有在职人员 23 人", "实有在职人员 22 人", 22, 23)]
    [InlineData("离退休人员 4 人", "离退休人员 6 人", 6, 4)]
    [InlineData("本部门编制 25 人", "本部门编制 24 人", 24, 25)]
    public void ACountTheDatasetStatesOtherwise_IsAnError(string original, string mutated, int stated, int expected)
    {
        var findings = Check(Original.Replace(original, mutated, StringComparison.Ordinal), Dataset);

        var finding = Assert.Single(findings, f => f.RuleId == NarrativeChecks.StaffingRule);
        Assert.Equal((Severity.Error, (decimal)stated, (decimal)expected), (finding.Severity, finding.Stated, finding.Expected));
        Assert.Contains("与数据中的编制和人员", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheDatasetsStaffing_CountsAreNotComparedWithIt() =>
        Assert.DoesNotContain(Check(Original.Replace("离退休人员 4 人", "离退休人员 6 人", StringComparison.Ordinal)), f => f.RuleId == NarrativeChecks.StaffingRule);

    [Fact]
    public void AListEndsWithItsSentence_CountsAfterASemicolonAreNoParts() =>
        Assert.Empty(Check("江城区教育局编制40名，其中行政编制28名、事业编制12名；实有在职人员41人（在编37人、编外4人）；离退休人员19人。"));
}
