using DeptBudget.Core.Model;
using DeptBudget.Formats.Classifications;

namespace DeptBudget.Formats.Tests.Classifications;

public class ShippedClassificationsTests
{
    /// <summary>The 类 of 支出功能分类 in national order (部门收支总表 prints them in this order).</summary>
    private static readonly string[] NationalClasses =
    [
        "201 一般公共服务支出", "202 外交支出", "203 国防支出", "204 公共安全支出", "205 教育支出", "206 科学技术支出",
        "207 文化旅游体育与传媒支出", "208 社会保障和就业支出", "209 社会保险基金支出", "210 卫生健康支出", "211 节能环保支出",
        "212 城乡社区支出", "213 农林水支出", "214 交通运输支出", "215 资源勘探工业信息等支出", "216 商业服务业等支出",
        "217 金融支出", "219 援助其他地区支出", "220 自然资源海洋气象等支出", "221 住房保障支出", "222 粮油物资储备支出",
        "223 国有资本经营预算支出", "224 灾害防治及应急管理支出", "227 预备费", "229 其他支出", "230 转移性支出",
        "231 债务还本支出", "232 债务付息支出", "233 债务发行费用支出", "234 抗疫特别国债安排的支出",
    ];

    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    public void ForYear_ShippedYear_LoadsEveryList(int year)
    {
        var set = ShippedClassifications.ForYear(year);

        Assert.Equal(year, set.Year);
        Assert.True(set.Functions.Entries.Count > 500);
        Assert.Equal(10, set.DepartmentEconomic.Classes.Count());
        Assert.Equal(15, set.GovernmentEconomic.Classes.Count());
        Assert.Equal(Enum.GetValues<FundingSource>().Length, set.RevenueSources.Count);
        Assert.Contains("随程序发布", set.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_HaveEveryNationalClassInOrder()
    {
        var classes = ShippedClassifications.ForYear(2022).Functions.Classes.Select(e => $"{e.Code} {e.Name}");

        Assert.Equal(NationalClasses, classes);
    }

    [Theory]
    [InlineData("2010301", "行政运行")]
    [InlineData("2010350", "事业运行")]
    [InlineData("2080505", "机关事业单位基本养老保险缴费支出")]
    [InlineData("2089999", "其他社会保障和就业支出")]
    [InlineData("2101103", "公务员医疗补助")]
    [InlineData("2210201", "住房公积金")]
    public void Functions_HoldTheItemsSeedTablesUse(string code, string name) =>
        Assert.Equal(name, ShippedClassifications.ForYear(2022).Functions.NameOf(code));

    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    public void EveryList_HasTheParentOfEachCode(int year)
    {
        var set = ShippedClassifications.ForYear(year);
        foreach (var list in new[] { set.Functions, set.DepartmentEconomic, set.GovernmentEconomic })
        {
            Assert.All(list.Entries.Where(e => e.ParentCode is not null), e => Assert.True(list.Contains(e.ParentCode!), $"{e.Code} 缺上级"));
        }
    }

    [Fact]
    public void YearAfterTheLastShipped_UsesTheLatestAndSaysSo()
    {
        var set = ShippedClassifications.ForYear(2030);

        Assert.Equal(2030, set.Year);
        Assert.Equal(2023, ShippedClassifications.YearUsedFor(2030));
        Assert.Contains("沿用随程序发布的 2023 年科目表", set.Provenance, StringComparison.Ordinal);
        Assert.Contains("deptbudget codes load", set.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void YearBeforeTheFirstShipped_UsesTheEarliest()
    {
        Assert.Equal(2022, ShippedClassifications.YearUsedFor(2019));
        Assert.Contains("2022 年", ShippedClassifications.ForYear(2019).Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void ForYear_IsCached() =>
        Assert.Same(ShippedClassifications.ForYear(2022), ShippedClassifications.ForYear(2022));
}
