using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Bench.Synthetic;

/// <summary>The 2022 code lists of the synthetic regions, built from the catalogues (independent of the shipped lists).</summary>
public static class BenchClassifications
{
    public static ClassificationSet Year2022 { get; } = Build();

    private static ClassificationSet Build()
    {
        var rules = new List<EconomicMappingRule>();
        rules.AddRange(EconomicCatalogue.Administrative.Select(r => Rule(r, BodyKind.Administrative)));
        rules.AddRange(EconomicCatalogue.Institution.Select(r => Rule(r, BodyKind.Institution)));
        foreach (var body in new[] { BodyKind.Administrative, BodyKind.Institution })
        {
            rules.AddRange(EconomicCatalogue.Households.Select(r => Rule(r, body)));
        }

        return new ClassificationSet
        {
            Year = 2022,
            Functions = new CodeList("支出功能分类科目", FunctionCatalogue.All().Select(e => new CodeEntry(e.Code, e.Name))),
            DepartmentEconomic = new CodeList("部门预算支出经济分类科目", EconomicCatalogue.Department.Select(e => new CodeEntry(e.Code, e.Name))),
            GovernmentEconomic = new CodeList("政府预算支出经济分类科目", EconomicCatalogue.Government.Select(e => new CodeEntry(e.Code, e.Name))),
            Mapping = new EconomicMapping(rules),
            RevenueSources = new Dictionary<FundingSource, string>
            {
                [FundingSource.GeneralBudget] = "一般公共预算拨款",
                [FundingSource.GovernmentFund] = "政府性基金预算拨款",
                [FundingSource.StateCapital] = "国有资本经营预算拨款",
                [FundingSource.SpecialAccount] = "财政专户管理资金",
                [FundingSource.Business] = "事业收入",
                [FundingSource.BusinessOperation] = "事业单位经营收入",
                [FundingSource.SuperiorSubsidy] = "上级补助收入",
                [FundingSource.SubsidiaryRemittance] = "附属单位上缴收入",
                [FundingSource.Other] = "其他收入",
                [FundingSource.BusinessFund] = "用事业基金弥补收支差额",
            },
            Provenance = "synthetic benchmark lists",
        };
    }

    private static EconomicMappingRule Rule((string From, string To) rule, BodyKind body) =>
        new(EconomicCode.Parse(rule.From), body, EconomicCode.Parse(rule.To));
}
