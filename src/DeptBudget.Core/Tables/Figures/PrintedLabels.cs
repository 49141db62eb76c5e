using System.Text.RegularExpressions;

namespace DeptBudget.Core.Tables.Figures;

/// <summary>Row labels as tables print them, without their numbering (“一、”, “（一）”, “(三) ”).</summary>
internal static partial class PrintedLabels
{
    public static string WithoutNumbering(string label) => Numbering().Replace(label.Trim(), "");

    [GeneratedRegex(@"^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\s*")]
    private static partial Regex Numbering();
}
