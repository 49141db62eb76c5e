namespace DeptBudget.Core.Classifications;

/// <summary>The code lists in force for one budget year.</summary>
public sealed record ClassificationSet
{
    public required int Year { get; init; }

    /// <summary>支出功能分类科目.</summary>
    public required CodeList Functions { get; init; }

    /// <summary>部门预算支出经济分类科目.</summary>
    public required CodeList DepartmentEconomic { get; init; }

    /// <summary>政府预算支出经济分类科目.</summary>
    public required CodeList GovernmentEconomic { get; init; }

    public required EconomicMapping Mapping { get; init; }

    /// <summary>收入来源 names as the year's forms print them.</summary>
    public required IReadOnlyDictionary<Model.FundingSource, string> RevenueSources { get; init; }

    /// <summary>Where the lists came from (shipped year, or a file an administrator loaded), for messages.</summary>
    public string Provenance { get; init; } = "";
}
