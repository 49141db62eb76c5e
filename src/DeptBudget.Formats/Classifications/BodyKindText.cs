using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Classifications;

/// <summary>How the mapping file writes 单位类型: administrative (机关) or institution (事业单位).</summary>
public static class BodyKindText
{
    private static readonly string[] AdministrativeWords = ["administrative", "行政", "机关", "行政单位", "机关单位"];
    private static readonly string[] InstitutionWords = ["institution", "事业", "事业单位"];

    public static string Id(BodyKind body) => body switch
    {
        BodyKind.Administrative => "administrative",
        BodyKind.Institution => "institution",
    };

    public static string ChineseName(BodyKind body) => body switch
    {
        BodyKind.Administrative => "机关",
        BodyKind.Institution => "事业单位",
    };

    public static bool TryParse(string text, out BodyKind body)
    {
        var word = text.Trim();
        if (AdministrativeWords.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
        {
            body = BodyKind.Administrative;
            return true;
        }

        body = BodyKind.Institution;
        return InstitutionWords.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
    }
}
