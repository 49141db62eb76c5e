using DeptBudget.Core.Model;
using DeptBudget.Formats.Classifications;

namespace DeptBudget.Formats.Tests.Classifications;

/// <summary>The shipped 部门 → 政府 经济分类对照.</summary>
public class ShippedMappingTests
{
    /// <summary>Pairs printed by a real basic-expenditure table (seed 002, 2022).</summary>
    public static TheoryData<int, BodyKind, int> SeedPairs()
    {
        var data = new TheoryData<int, BodyKind, int>();
        void Add(BodyKind body, int target, params int[] sources)
        {
            foreach (var source in sources)
            {
                data.Add(source, body, target);
            }
        }

        Add(BodyKind.Administrative, 50101, 30101, 30102, 30103);
        Add(BodyKind.Administrative, 50103, 30113);
        Add(BodyKind.Administrative, 50102, 30108, 30110, 30111, 30112);
        Add(BodyKind.Administrative, 50201, 30201, 30207, 30211, 30228, 30229, 30239);
        Add(BodyKind.Administrative, 50208, 30231);
        Add(BodyKind.Administrative, 50299, 30299);
        Add(BodyKind.Administrative, 50905, 30302);
        Add(BodyKind.Institution, 50501, 30101, 30102, 30107, 30108, 30110, 30111, 30112, 30113);
        Add(BodyKind.Institution, 50502, 30201, 30211, 30226, 30228, 30229, 30299);
        Add(BodyKind.Institution, 50905, 30302);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedPairs))]
    public void Map_ReproducesThePublishedPairs(int source, BodyKind body, int target)
    {
        var mapping = ShippedClassifications.ForYear(2022).Mapping;

        Assert.Equal(new EconomicCode(target), mapping.Map(new EconomicCode(source), body));
    }

    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    public void EveryDepartmentSection_MapsToAGovernmentSectionForBothBodies(int year)
    {
        var set = ShippedClassifications.ForYear(year);
        foreach (var entry in set.DepartmentEconomic.Entries.Where(e => e.Level == 2))
        {
            foreach (var body in Enum.GetValues<BodyKind>())
            {
                var target = set.Mapping.Map(EconomicCode.Parse(entry.Code), body);
                Assert.True(target is not null, $"{entry.Code} {entry.Name}（{body}）没有对照");
                Assert.True(set.GovernmentEconomic.Contains(target.Value.ToString()), $"{entry.Code} → {target} 不在政府经济分类中");
            }
        }
    }

    [Fact]
    public void ShippedMapping_OnlyNamesCodesOfTheLists()
    {
        var set = ShippedClassifications.ForYear(2022);
        var mapping = (LoadedMapping)ShippedClassifications.List(2022, ClassificationListKind.EconomicMapping);

        Assert.All(mapping.Rules, rule =>
        {
            Assert.True(set.DepartmentEconomic.Contains(rule.Source.ToString()), rule.Source.ToString());
            Assert.True(set.GovernmentEconomic.Contains(rule.Target.ToString()), rule.Target.ToString());
        });
    }
}
