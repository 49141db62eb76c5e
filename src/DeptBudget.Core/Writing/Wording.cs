using System.Globalization;

namespace DeptBudget.Core.Writing;

/// <summary>
/// How the narrative writes figures (DOMAIN §2): amounts in 万元 with 2 decimals, percents with 2 decimals, the
/// direction word from the sign and the percent itself positive, words instead of a percent when last year is 0.
/// </summary>
public static class Wording
{
    /// <summary>Written where a reason is needed and the dataset has none (never an empty string).</summary>
    public const string MissingReason = "【请填写原因】";

    /// <summary>“1352.27万元”.</summary>
    public static string Amount(decimal value) => Number(value) + "万元";

    /// <summary>“17.14%”.</summary>
    public static string Percent(decimal value) => Number(value) + "%";

    /// <summary>
    /// The change against last year: “比2021年增加5.00万元，增长3.20%”, “比2021年减少…，下降…”, “与2021年持平”,
    /// “2021年无此项支出，本年新增…” (last year 0) or “本年无此项支出，比2021年减少…” (nothing this year: no percent).
    /// </summary>
    public static string Change(decimal thisYear, decimal lastYear, int previousYear)
    {
        var year = previousYear.ToString(CultureInfo.InvariantCulture) + "年";
        var change = thisYear - lastYear;
        if (change == 0m)
        {
            return lastYear == 0m ? $"{year}和本年均无此项支出" : $"与{year}持平";
        }

        if (lastYear == 0m)
        {
            return $"{year}无此项支出，本年新增{Amount(change)}";
        }

        if (thisYear == 0m)
        {
            return $"本年无此项支出，比{year}减少{Amount(lastYear)}";
        }

        var percent = Math.Round(Math.Abs(change) / lastYear * 100m, 2, MidpointRounding.AwayFromZero);
        return change > 0m ? $"比{year}增加{Amount(change)}，增长{Percent(percent)}" : $"比{year}减少{Amount(-change)}，下降{Percent(percent)}";
    }

    private static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
