using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using static DeptBudget.Core.Tests.TestData.Specs;

namespace DeptBudget.Core.Tests.Tables;

public class SmallPartsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(19, "十九")]
    [InlineData(27, "二十七")]
    [InlineData(30, "三十")]
    [InlineData(34, "三十四")]
    public void ChineseNumerals_WriteOrdinalsAsTablesDo(int number, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Of(number));

    [Fact]
    public void LineClass_DecodesEveryCombinationItEncodes()
    {
        foreach (var kind in Enum.GetValues<ExpenditureKind>())
        {
            foreach (var source in Enum.GetValues<FundingSource>())
            {
                foreach (var category in new ProjectCategory?[] { null, ProjectCategory.Personnel, ProjectCategory.SpecificPurpose })
                {
                    foreach (var economic in new[] { 301, 399, 0 })
                    {
                        var line = LineClass.Of(kind, source, true, economic, category, BodyKind.Institution);
                        Assert.Equal((kind, source, true, economic, category, BodyKind.Institution), (line.Kind, line.Source, line.CarryOver, line.EconomicClass, line.Category, line.Body));
                        Assert.InRange(line.Value, 0, LineClass.Count - 1);
                    }
                }
            }
        }
    }

    [Fact]
    public void ProfileValidator_NamesDuplicateColumnKeysAndUnknownTables()
    {
        var spec = Table(Part([Block(RowBlockType.Total)], Value("total"), Value("total"))) with { Id = "no-such-table" };

        var problems = ProfileValidator.Validate(Profile(spec, spec));

        Assert.Contains(problems, p => p.Contains("“total”重复", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("不是标准表", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("出现了 2 次", StringComparison.Ordinal));
    }

    [Fact]
    public void ProfileValidator_RefusesAMeasureTheSourceDoesNotHave()
    {
        var spec = Table(new PartSpec { Source = LineSource.ThreePublic, Rows = [Block(RowBlockType.ThreePublicYears)], Columns = [Value("x", measure: "quantity")] });

        Assert.Contains(ProfileValidator.Validate(Profile(spec)), p => p.Contains("quantity", StringComparison.Ordinal));
    }

    [Fact]
    public void StandardTables_HaveTwelveDistinctIds() =>
        Assert.Equal(12, StandardTables.All.Distinct().Count());
}
