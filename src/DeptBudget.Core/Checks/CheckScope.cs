namespace DeptBudget.Core.Checks;

/// <summary>What a rule compares (审核范围).</summary>
public enum CheckScope
{
    /// <summary>表内: figures within one table.</summary>
    WithinTable,

    /// <summary>表间: the same figure in two tables.</summary>
    BetweenTables,

    /// <summary>跨年: this year's document against last year's.</summary>
    AcrossYears,

    /// <summary>说明与表: the narrative against the tables.</summary>
    TextAndTables,
}

public static class CheckScopeText
{
    public static string Label(this CheckScope scope) => scope switch
    {
        CheckScope.WithinTable => "表内",
        CheckScope.BetweenTables => "表间",
        CheckScope.AcrossYears => "跨年",
        CheckScope.TextAndTables => "说明与表",
    };

    public static CheckScope? Parse(string text) =>
        Enum.GetValues<CheckScope>().Select(s => (CheckScope?)s).FirstOrDefault(s => s!.Value.Label() == text);
}
