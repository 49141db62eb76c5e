using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Writing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>The words of the “未通过审核” banner, the same in every format.</summary>
internal static class DocumentBanner
{
    public const string Title = "未通过审核";

    public static string Lead(DisclosureDocument document) => string.Create(CultureInfo.InvariantCulture,
        $"本文件由数据集生成，审核发现 {document.Banner.Count} 处错误，未经更正不得公开：");

    public static string Line(Finding finding)
    {
        var place = finding.Location.Describe();
        return place.Length == 0 ? finding.Message : $"{place}：{finding.Message}";
    }
}
