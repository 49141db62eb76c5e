namespace DeptBudget.Core.Narrative;

/// <summary>
/// How a final-accounts (决算) narrative words its figures. It sets the 决算数 beside the 年初预算数 or 调整预算数
/// (“一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%”): the budget
/// figures and the completion percent are in none of the nine tables, so they are left unbound, never guessed; the
/// 决算数 (“支出决算为…”, “因公出国（境）费决算为…”) is the figure of the subject the sentence names.
/// </summary>
internal static class FinalAccountsWording
{
    public const string BudgetFigureReason = "年初预算数、调整预算数或预算完成率，决算的表中没有";

    private static readonly string[] BudgetMarkers = ["年初预算", "调整预算", "完成预算", "预算数", "预算为"];

    /// <summary>True when the words between the figure's subject (or the previous figure) and the figure name a budget figure.</summary>
    public static bool IsBudgetFigure(string text, int from, int figure) =>
        BudgetMarkers.Any(m => text.IndexOf(m, from, figure - from, StringComparison.Ordinal) >= 0);

    /// <summary>
    /// True when the words before the figure say it is the 决算数 (决算为, 决算数) with no subject of their own: the
    /// figure of the subject the sentence names, a path of function names (“财政事务（款）行政运行（项）”) included.
    /// </summary>
    public static bool IsOutturnOfSentenceSubject(string text, int from, int figure) =>
        text.IndexOf("决算", from, figure - from, StringComparison.Ordinal) >= 0;
}
