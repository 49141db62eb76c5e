using DeptBudget.Core.Model;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Tests.Entry;

public class EntryLabelsTests
{
    [Fact]
    public void EveryEnumValue_HasALabelThatReadsBack()
    {
        AssertRoundTrip(EntryLabels.UnitKinds);
        AssertRoundTrip(EntryLabels.ExpenditureKinds);
        AssertRoundTrip(EntryLabels.Sources);
        AssertRoundTrip(EntryLabels.ProjectCategories);
        AssertRoundTrip(EntryLabels.Recurrences);
        AssertRoundTrip(EntryLabels.Bodies);
        AssertRoundTrip(EntryLabels.AmountUnits);
    }

    [Theory]
    [InlineData("参公单位", UnitKind.CivilServantManagedInstitution)]
    [InlineData(" 行政单位 ", UnitKind.Administrative)]
    public void UnitKind_AcceptsCommonSpellings(string text, UnitKind expected)
    {
        Assert.True(EntryLabels.UnitKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("运转类—其他运转类项目", ProjectCategory.OtherOperating)]
    [InlineData("特定目标类", ProjectCategory.SpecificPurpose)]
    public void ProjectCategory_IgnoresDashWidths(string text, ProjectCategory expected)
    {
        Assert.True(EntryLabels.ProjectCategories.TryParse(text, out var category));
        Assert.Equal(expected, category);
    }

    [Fact]
    public void UnknownLabel_IsRefused() => Assert.False(EntryLabels.Sources.TryParse("财政拨款", out _));

    private static void AssertRoundTrip<T>(ChoiceList<T> list)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.True(list.TryParse(list.LabelOf(value), out var back));
            Assert.Equal(value, back);
        }
    }
}
