using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tests.TestData;

/// <summary>A small hand-made set of 2022 code lists, enough for the derivation tests.</summary>
internal static class TestClassifications
{
    public static ClassificationSet Year2022 { get; } = new()
    {
        Year = 2022,
        Functions = new CodeList("支出功能分类科目",
        [
            new("201", "一般公共服务支出"), new("20103", "政府办公厅（室）及相关机构事务"),
            new("2010301", "行政运行"), new("2010302", "一般行政管理事务"), new("2010350", "事业运行"),
            new("202", "外交支出"), new("205", "教育支出"), new("20501", "教育管理事务"), new("2050101", "行政运行"),
            new("208", "社会保障和就业支出"), new("20805", "行政事业单位养老支出"), new("2080501", "行政单位离退休"),
            new("2080505", "机关事业单位基本养老保险缴费支出"), new("229", "其他支出"),
        ]),
        DepartmentEconomic = new CodeList("部门预算支出经济分类科目",
        [
            new("301", "工资福利支出"), new("30101", "基本工资"), new("30108", "机关事业单位基本养老保险缴费"),
            new("302", "商品和服务支出"), new("30201", "办公费"), new("30227", "委托业务费"),
            new("303", "对个人和家庭的补助"), new("30302", "退休费"), new("310", "资本性支出"), new("31002", "办公设备购置"),
        ]),
        GovernmentEconomic = new CodeList("政府预算支出经济分类科目",
        [
            new("501", "机关工资福利支出"), new("50101", "工资奖金津补贴"), new("50102", "社会保障缴费"),
            new("502", "机关商品和服务支出"), new("50201", "办公经费"), new("50205", "委托业务费"),
            new("505", "对事业单位经常性补助"), new("50501", "工资福利支出"), new("50502", "商品和服务支出"),
            new("509", "对个人和家庭的补助"), new("50905", "离退休费"),
        ]),
        Mapping = new EconomicMapping(
        [
            Rule("30101", BodyKind.Administrative, "50101"), Rule("30108", BodyKind.Administrative, "50102"),
            Rule("302", BodyKind.Administrative, "50201"), Rule("30227", BodyKind.Administrative, "50205"),
            Rule("301", BodyKind.Institution, "50501"), Rule("302", BodyKind.Institution, "50502"),
            Rule("303", BodyKind.Administrative, "50905"), Rule("303", BodyKind.Institution, "50905"),
        ]),
        RevenueSources = Enum.GetValues<FundingSource>().ToDictionary(s => s, s => s.ToString()),
    };

    private static EconomicMappingRule Rule(string from, BodyKind body, string to) =>
        new(EconomicCode.Parse(from), body, EconomicCode.Parse(to));
}
