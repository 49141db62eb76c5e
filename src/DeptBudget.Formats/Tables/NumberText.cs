using System.Globalization;

namespace DeptBudget.Formats.Tables;

/// <summary>How figures are printed: rounded half away from zero to 2 decimals (四舍五入), empty when null.</summary>
public static class NumberText
{
    public static decimal Round(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0.00m : rounded;
    }

    /// <summary>"1,352.27", as published tables print figures.</summary>
    public static string Grouped(decimal? value) =>
        value is { } v ? Round(v).ToString("#,##0.00", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>"1352.27", for CSV and other machine-read text.</summary>
    public static string Plain(decimal? value) =>
        value is { } v ? Round(v).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
}
