namespace DeptBudget.Core.Targets;

/// <summary>The operator as a sign or in words ("不低于", "不超过") and as a suffix ("80%以上").</summary>
internal static class OperatorWords
{
    public static Comparison Read(string word) => word switch
    {
        "≥" or "大于等于" or "不低于" or "不少于" or "至少" or "达到" => Comparison.AtLeast,
        "≤" or "小于等于" or "不超过" or "不高于" or "不多于" => Comparison.AtMost,
        "=" or "等于" => Comparison.Equal,
        ">" or "大于" or "高于" or "超过" or "多于" => Comparison.Above,
        "<" or "小于" or "低于" or "少于" => Comparison.Below,
        "≈" or "约" => Comparison.About,
        _ => Comparison.None,
    };

    public static Comparison ReadSuffix(string suffix) => suffix switch
    {
        "以上" or "及以上" => Comparison.AtLeast,
        "以下" or "及以下" or "以内" => Comparison.AtMost,
        _ => Comparison.None,
    };
}
