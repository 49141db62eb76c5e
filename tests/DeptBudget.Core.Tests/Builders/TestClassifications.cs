using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Tests.Builders;

/// <summary>A small hand-made ClassificationSet for 2022, enough for <see cref="SampleDataset"/>.</summary>
public static class TestClassifications
{
    public const int Year = 2022;

    public static ClassificationSet Build() => new()
    {
        Year = Year,
        Functions = new CodeList("支出功能分类科目", Entries(
            ("201", "一般公共服务支出"),
            ("20103", "政府办公厅（室）及相关机构事务"),
            ("2010301", "行政运行"),
            ("2010302", "一般行政管理事务"),
            ("2010350", "事业运行"),
            ("202", "外交支出"),
            ("205", "教育支出"),
            ("20501", "教育管理事务"),
            ("2050101", "行政运行"),
            ("208", "社会保障和就业支出"),
            ("20805", "行政事业单位养老支出"),
            ("2080501", "行政单位离退休"),
            ("2080505", "机关事业单位基本养老保险缴费支出"),
            ("212", "城乡社区支出"),
            ("21208", "国有土地使用权出让收入安排的支出"),
            ("2120899", "其他国有土地使用权出让收入安排的支出"),
            ("229", "其他支出"))),
        DepartmentEconomic = new CodeList("部门预算支出经济分类科目", Entries(
            ("301", "工资福利支出"),
            ("30101", "基本工资"),
            ("30108", "机关事业单位基本养老保险缴费"),
            ("302", "商品和服务支出"),
            ("30201", "办公费"),
            ("30227", "委托业务费"),
            ("303", "对个人和家庭的补助"),
            ("30302", "退休费"),
            ("310", "资本性支出"),
            ("31002", "办公设备购置"))),
        GovernmentEconomic = new CodeList("政府预算支出经济分类科目", Entries(
            ("501", "机关工资福利支出"),
            ("50101", "工资奖金津补贴"),
            ("50102", "社会保障缴费"),
            ("502", "机关商品和服务支出"),
            ("50201", "办公经费"),
            ("50205", "委托业务费"),
            ("505", "对事业单位经常性补助"),
            ("50501", "工资福利支出"),
            ("50502", "商品和服务支出"),
            ("509", "对个人和家庭的补助"),
            ("50905", "离退休费"))),
        Mapping = new EconomicMapping(
        [
            new EconomicMappingRule(EconomicCode.Parse("30101"), BodyKind.Administrative, EconomicCode.Parse("50101")),
            new EconomicMappingRule(EconomicCode.Parse("30101"), BodyKind.Institution, EconomicCode.Parse("50501")),
            new EconomicMappingRule(EconomicCode.Parse("302"), BodyKind.Administrative, EconomicCode.Parse("50201")),
            new EconomicMappingRule(EconomicCode.Parse("30108"), BodyKind.Administrative, EconomicCode.Parse("50102")),
            new EconomicMappingRule(EconomicCode.Parse("30227"), BodyKind.Administrative, EconomicCode.Parse("50205")),
            new EconomicMappingRule(EconomicCode.Parse("301"), BodyKind.Institution, EconomicCode.Parse("50501")),
            new EconomicMappingRule(EconomicCode.Parse("302"), BodyKind.Institution, EconomicCode.Parse("50502")),
            new EconomicMappingRule(EconomicCode.Parse("303"), BodyKind.Administrative, EconomicCode.Parse("50905")),
            new EconomicMappingRule(EconomicCode.Parse("303"), BodyKind.Institution, EconomicCode.Parse("50905")),
        ]),
        RevenueSources = new Dictionary<FundingSource, string>
        {
            [FundingSource.GeneralBudget] = "一般公共预算拨款收入",
            [FundingSource.GovernmentFund] = "政府性基金预算拨款收入",
            [FundingSource.Business] = "事业收入",
        },
        Provenance = "test",
    };

    private static IEnumerable<CodeEntry> Entries(params (string Code, string Name)[] items) =>
        items.Select(i => new CodeEntry(i.Code, i.Name));
}
