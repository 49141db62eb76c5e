namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Chinese ordinals as section and row numbers print them: 一, 十, 十九, 二十七, 三十四.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        var tens = number / 10;
        var ones = number % 10;
        var text = tens switch
        {
            0 => "",
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        return ones == 0 ? text : text + Digits[ones];
    }
}
