namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>Which indicators of a form are evaluated: the named project's, the only project's, else the annual goal's.</summary>
public static class IndicatorSelection
{
    /// <exception cref="ArgumentException">The named project is not in the form (message in Chinese).</exception>
    public static IReadOnlyList<Indicator> Of(PerformanceForm form, string project)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(project);
        var withIndicators = form.Projects.Where(p => p.Indicators.Count > 0).ToList();
        IEnumerable<Indicator> chosen;
        if (project.Length > 0)
        {
            chosen = (withIndicators.FirstOrDefault(p => p.Name == project || p.Code == project)
                ?? throw new ArgumentException($"《{form.Title}》中没有项目“{project}”；有：{string.Join("、", withIndicators.Select(p => p.Describe()))}。")).Indicators;
        }
        else if (withIndicators.Count == 1)
        {
            chosen = withIndicators[0].Indicators;
        }
        else
        {
            chosen = form.Annual?.Indicators ?? form.AllIndicators;
        }

        return chosen.Where(i => !i.IsEmpty).ToList();
    }

    /// <summary>The actual given for an indicator: by full path, else by 三级 name.</summary>
    public static IndicatorActual? ActualFor(Indicator indicator, Actuals actuals)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(actuals);
        return actuals.Indicators.FirstOrDefault(a => a.Path == indicator.Path)
            ?? actuals.Indicators.FirstOrDefault(a => a.Path == indicator.Level3);
    }
}
