using System.Globalization;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>Invariant formatting of numbers inside findings.</summary>
internal static class Text
{
    public static string Amount(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
