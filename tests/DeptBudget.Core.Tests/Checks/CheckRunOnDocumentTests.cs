using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Tests.Checks;

/// <summary>Rules over the tables of a published document: built-in rules the document cannot run are skipped with a reason.</summary>
public sealed class CheckRunOnDocumentTests
{
    private static readonly IReadOnlyList<Rule> BuiltIn = RuleFile.Parse("""
        rule: runs
        formula: [expenditure-summary|total|total] = 35
        rule: missing-table
        formula: [projects|total|total] = 1
        rule: missing-row
        formula: [expenditure-summary|f:9999999|total] = 1
        """, "built-in.rules");

    [Fact]
    public void BuiltInRules_NamingWhatTheDocumentLacks_AreSkippedWithTheReason()
    {
        var result = CheckRun.RunOnDocument([CheckTables.Functions()], BuiltIn, [], "henan-2022");

        Assert.Empty(result.Findings);
        Assert.Equal(["missing-table", "missing-row"], result.Skipped.Select(s => s.RuleId));
        Assert.Equal($"{CheckRun.NoSuchTable}（projects）", result.Skipped[0].Reason);
        Assert.Contains("f:9999999", result.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewersRule_NamingWhatTheDocumentLacks_StillFailsWithItsLine()
    {
        var mine = RuleFile.Parse("rule: mine\nformula: [projects|total|total] = 1", "mine.rules");

        var ex = Assert.Throws<RuleException>(() => CheckRun.RunOnDocument([CheckTables.Functions()], BuiltIn, mine, "henan-2022"));

        Assert.Contains("mine", ex.Message, StringComparison.Ordinal);
    }
}
