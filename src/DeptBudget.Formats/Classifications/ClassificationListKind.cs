namespace DeptBudget.Formats.Classifications;

/// <summary>The five lists that make up the classifications of one year (科目表).</summary>
public enum ClassificationListKind
{
    /// <summary>支出功能分类科目: functions.csv.</summary>
    Functions,

    /// <summary>部门预算支出经济分类科目: economic-department.csv.</summary>
    EconomicDepartment,

    /// <summary>政府预算支出经济分类科目: economic-government.csv.</summary>
    EconomicGovernment,

    /// <summary>部门预算与政府预算支出经济分类对照: economic-mapping.csv.</summary>
    EconomicMapping,

    /// <summary>收入来源名称: revenue-sources.csv.</summary>
    RevenueSources,
}

public static class ClassificationListKinds
{
    public static IReadOnlyList<ClassificationListKind> All { get; } = Enum.GetValues<ClassificationListKind>();

    /// <summary>The list's id, used as its file name (without .csv) and on the command line.</summary>
    public static string Id(this ClassificationListKind kind) => kind switch
    {
        ClassificationListKind.Functions => "functions",
        ClassificationListKind.EconomicDepartment => "economic-department",
        ClassificationListKind.EconomicGovernment => "economic-government",
        ClassificationListKind.EconomicMapping => "economic-mapping",
        ClassificationListKind.RevenueSources => "revenue-sources",
    };

    public static string FileName(this ClassificationListKind kind) => kind.Id() + ".csv";

    /// <summary>The list's Chinese title, for messages.</summary>
    public static string Title(this ClassificationListKind kind) => kind switch
    {
        ClassificationListKind.Functions => "支出功能分类科目",
        ClassificationListKind.EconomicDepartment => "部门预算支出经济分类科目",
        ClassificationListKind.EconomicGovernment => "政府预算支出经济分类科目",
        ClassificationListKind.EconomicMapping => "部门预算与政府预算支出经济分类对照表",
        ClassificationListKind.RevenueSources => "收入来源名称",
    };

    public static bool TryParse(string? id, out ClassificationListKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static ClassificationListKind Parse(string id) =>
        TryParse(id, out var kind)
            ? kind
            : throw new InputException($"没有“{id}”这种科目表；可选：{string.Join("、", All.Select(k => k.Id()))}。");
}
