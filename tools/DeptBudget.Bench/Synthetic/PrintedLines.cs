using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Bench.Synthetic;

/// <summary>
/// What a profile's 部门支出总表 has columns for: 事业单位经营支出 (a column whose filter names the kind) and the
/// project categories its project columns split into (all of them when no column splits by category). The generator
/// makes only such lines, so that the printed columns add up to the printed totals as in a real department's tables.
/// </summary>
public sealed record PrintedLines(bool BusinessOperation, IReadOnlyList<ProjectCategory> ProjectCategories)
{
    public static PrintedLines Everything { get; } = new(true, Enum.GetValues<ProjectCategory>());

    public static PrintedLines Of(Profile profile)
    {
        var filters = (profile.FindTable("expenditure-summary")?.Parts ?? [])
            .SelectMany(p => Leaves(p.Columns)).Select(c => c.Filter).OfType<LineFilter>().ToList();
        var categories = filters.SelectMany(f => f.ProjectCategories ?? []).Distinct().Order().ToArray();
        return new PrintedLines(
            filters.Any(f => f.Kinds?.Contains(ExpenditureKind.BusinessOperation) == true),
            categories.Length == 0 ? Everything.ProjectCategories : categories);
    }

    private static IEnumerable<ColumnSpec> Leaves(IEnumerable<ColumnSpec> columns) =>
        columns.SelectMany(c => c.Children.Count == 0 ? [c] : Leaves(c.Children));
}
