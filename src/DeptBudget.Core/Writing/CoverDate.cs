using System.Globalization;
using DeptBudget.Core.Tables.Derivation;

namespace DeptBudget.Core.Writing;

/// <summary>The cover's date as government documents write it: 二〇二二年四月.</summary>
public static class CoverDate
{
    private const string Digits = "〇一二三四五六七八九";

    public static string Month(DateOnly date) =>
        string.Concat(date.Year.ToString(CultureInfo.InvariantCulture).Select(c => Digits[c - '0'])) + "年" + ChineseNumerals.Of(date.Month) + "月";
}
