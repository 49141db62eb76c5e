namespace DeptBudget.Core.Tables.Figures;

/// <summary>Change, percent change and share of key figures, rounded half-up to 2 decimals (DOMAIN §2).</summary>
internal static class KeyFigureMath
{
    public static decimal? Change(decimal? thisYear, decimal? lastYear) =>
        thisYear is { } t && lastYear is { } l ? t - l : null;

    /// <summary>Undefined (null) when last year is not given or 0.</summary>
    public static decimal? ChangePercent(decimal? thisYear, decimal? lastYear) =>
        thisYear is { } t && lastYear is { } l && l != 0m ? Percent(t - l, l) : null;

    /// <summary>Undefined (null) when there is no whole, or the whole is 0.</summary>
    public static decimal? Share(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w != 0m ? Percent(p, w) : null;

    private static decimal Percent(decimal part, decimal whole) =>
        Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);
}
