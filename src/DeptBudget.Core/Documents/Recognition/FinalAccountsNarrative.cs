namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Why the narrative of a final-accounts (决算) document is not checked yet. Its sentences set 决算数 beside 年初预算数
/// (“年初预算为 2993.92 万元，支出决算为 2940.05 万元，完成年初预算的 98.20%”) and its totals include the year's
/// balances (财政拨款收入支出总计 = 本年收入 + 年初结转和结余), while the narrative vocabulary and the key figures read
/// every amount as the budget's: checked with them, its figures would be compared with the wrong ones. Left out
/// with this notice rather than guessed; the tables are checked in full.
/// </summary>
public static class FinalAccountsNarrative
{
    public const string Notice =
        "决算情况说明的文字未与表核对：说明中决算数与年初预算数并列（“年初预算为……，支出决算为……，完成年初预算的……%”），" +
        "总计含年初、年末结转和结余，按预算的口径核对会把数对错。表内、表间的审核照常进行。";
}
