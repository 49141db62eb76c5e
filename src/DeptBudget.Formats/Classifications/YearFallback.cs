namespace DeptBudget.Formats.Classifications;

/// <summary>
/// Which year's list to use for a budget year: that year's if there is one, else the nearest
/// earlier year's, else (the year is before every list) the earliest.
/// </summary>
internal static class YearFallback
{
    public static int? Pick(IEnumerable<int> available, int year)
    {
        var years = available.Distinct().Order().ToList();
        if (years.Count == 0)
        {
            return null;
        }

        return years.Contains(year) ? year : years.LastOrDefault(y => y < year, years[0]);
    }
}
