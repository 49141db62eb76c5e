using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// The form against the indicator library: an indicator the library knows placed under a 二级 it does not belong to
/// on a department-wide form (seed 002-09), and two targets of one form that a relation between the indicators rules out together (seed 003-04).
/// </summary>
internal static class LibraryRules
{
    public static void Run(FindingSink sink, IndicatorLibrary library)
    {
        var form = sink.Form;

        // The library's groups are those of department-wide forms; a project form's 二级 are 数量, 质量, 时效, 成本 ….
        var placed = form.Kind == FormKind.Department ? form.AllIndicators : [];
        foreach (var indicator in placed.Where(i => i.Level3.Length > 0 && i.Level2.Length > 0))
        {
            if (library.Match(indicator.Level3) is { } entry && !library.Placements.Allows(entry, indicator.Level2))
            {
                var groups = string.Join("或", library.Placements.AllowedLevel2(entry).Select(g => $"“{g}”"));
                sink.Indicator("target-placement", Severity.Warning, indicator, "二级指标",
                    $"“{indicator.Level3}”放在二级指标“{indicator.Level2}”下；按指标库，它属于{groups}（或同类的二级指标）。");
            }
        }

        foreach (var list in Lists(form))
        {
            foreach (var relation in library.Relations)
            {
                Relation(sink, library, relation, list);
            }
        }
    }

    /// <summary>The indicator lists a relation holds within: the long-term, the annual, each project's.</summary>
    public static IEnumerable<IReadOnlyList<Indicator>> Lists(PerformanceForm form) =>
        new[] { form.LongTerm?.Indicators, form.Annual?.Indicators }.OfType<IReadOnlyList<Indicator>>().Concat(form.Projects.Select(p => p.Indicators));

    private static void Relation(FindingSink sink, IndicatorLibrary library, IndicatorRelation relation, IReadOnlyList<Indicator> indicators)
    {
        var given = indicators.FirstOrDefault(i => Is(library, i, relation.When.Indicator) && i.Target is QuantitativeTarget q && relation.When.IsEnsuredBy(q));
        if (given is null)
        {
            return;
        }

        foreach (var indicator in indicators.Where(i => Is(library, i, relation.Then.Indicator)))
        {
            foreach (var part in IndicatorRules.Parts(indicator.Target).Where(relation.Then.IsContradictedBy))
            {
                sink.Indicator("target-relation", Severity.Warning, indicator, "指标值",
                    $"“{indicator.Level3}”的指标值“{part.Text}”与“{given.Level3}”的指标值“{given.Target.Text}”矛盾：{relation.Reason}；按“{given.Level3}”的目标，应满足 {relation.Then.Bound.Text}。",
                    part.Value, relation.Then.Bound.Value);
            }
        }
    }

    private static bool Is(IndicatorLibrary library, Indicator indicator, string name) =>
        indicator.Level3.Length > 0 && (library.Match(indicator.Level3)?.Name == name || IndicatorLibrary.Normalize(indicator.Level3) == IndicatorLibrary.Normalize(name));
}
