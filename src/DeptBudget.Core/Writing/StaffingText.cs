using DeptBudget.Core.Model;

namespace DeptBudget.Core.Writing;

/// <summary>The staffing sentence of 概况: posts by kind, people in post, retired.</summary>
internal static class StaffingText
{
    public static string Describe(Staffing? staffing)
    {
        if (staffing is null)
        {
            return "";
        }

        var posts = staffing.AdministrativePosts + staffing.InstitutionPosts;
        var parts = new List<string> { $"编制{posts}名，其中行政编制{staffing.AdministrativePosts}名、事业编制{staffing.InstitutionPosts}名" };
        parts.Add($"实有在职人员{staffing.ActiveTotal}人（在编{staffing.ActiveWithPost}人、编外{staffing.ActiveWithoutPost}人）");
        if (staffing.Retired > 0)
        {
            parts.Add($"离退休人员{staffing.Retired}人");
        }

        return string.Join("；", parts);
    }
}
