using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Formats.Tests.Narrative;

/// <summary>
/// Every function class (类) of the shipped years is something a narrative can quote (“粮油物资储备支出88.94万元，占0.14%”),
/// so its figures are checked instead of left unbound; 预备费 and 其他支出 are left out, being words of other contexts too.
/// </summary>
public class ClassSubjectsTests
{
    public static TheoryData<int> Years => [.. ShippedClassifications.Years];

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryFunctionClass_IsANarrativeSubject(int year)
    {
        var missing = ShippedClassifications.ForYear(year).Functions.Classes
            .Where(c => c.Code is not ("227" or "229") && !ShippedSubjects.Vocabulary.Keys.Contains($"class:{c.Code}"))
            .Select(c => $"{c.Code} {c.Name}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AClassQuotedWithItsShare_IsBound()
    {
        var mentions = ShippedSubjects.Vocabulary.Find("粮油物资储备支出88.94万元，占0.14%。");

        Assert.Equal("class:222", Assert.Single(mentions).Key);
    }
}
