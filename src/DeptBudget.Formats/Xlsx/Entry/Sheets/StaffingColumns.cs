using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>The six staffing figures (编制和人员), as columns of 单位信息 and rows of 部门信息.</summary>
internal static class StaffingColumns
{
    public static readonly IReadOnlyList<EntryColumn> All =
    [
        new("行政编制", "staffing.administrativePosts", CellKind.Count, 10, Required: false),
        new("事业编制", "staffing.institutionPosts", CellKind.Count, 10, Required: false),
        new("实有在职人员（在编A）", "staffing.activeWithPost", CellKind.Count, 14, Required: false),
        new("实有在职人员（无编B）", "staffing.activeWithoutPost", CellKind.Count, 14, Required: false),
        new("离退休人员", "staffing.retired", CellKind.Count, 10, Required: false),
        new("劳务派遣/外聘人员", "staffing.contracted", CellKind.Count, 12, Required: false),
    ];

    public static object?[] Values(Staffing? s) => s is null
        ? [null, null, null, null, null, null]
        : [s.AdministrativePosts, s.InstitutionPosts, s.ActiveWithPost, s.ActiveWithoutPost, s.Retired, s.Contracted];

    /// <summary>Null when all six are empty (not given); otherwise empty cells are 0.</summary>
    public static Staffing? Read(RowView row) => From(All.Select(c => row.OptionalCount(c.Field)).ToArray());

    public static Staffing? From(int?[] v) => v.All(x => x is null)
        ? null
        : new Staffing
        {
            AdministrativePosts = v[0] ?? 0,
            InstitutionPosts = v[1] ?? 0,
            ActiveWithPost = v[2] ?? 0,
            ActiveWithoutPost = v[3] ?? 0,
            Retired = v[4] ?? 0,
            Contracted = v[5] ?? 0,
        };
}
