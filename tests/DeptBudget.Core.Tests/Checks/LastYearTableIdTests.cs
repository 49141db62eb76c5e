using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Tests.Checks;

/// <summary>Last year's tables are named "last:&lt;id&gt;"; the colon must stay part of the table id.</summary>
public sealed class LastYearTableIdTests
{
    [Fact]
    public void Tokenize_TableIdWithColon_IsOneCellPart()
    {
        var token = Tokenizer.Tokenize("[last:three-public|total|total]")[0];

        Assert.Equal(TokenKind.Cell, token.Kind);
        Assert.Equal(["last:three-public", "total", "total"], token.Parts.Select(p => p.Text));
    }

    [Fact]
    public void Run_RuleOverLastYearsTable_ReadsIt()
    {
        var lastYear = CheckTables.Functions(item1: 12m) with { Id = "last:expenditure-summary" };
        var rules = RuleFile.Parse("""
            rule: not-up
            title: 支出合计不高于上年
            formula: [expenditure-summary|total|total] <= [last:expenditure-summary|total|total] - 5
            """, "t.rules");

        var finding = Assert.Single(CheckEngine.Run([CheckTables.Functions(), lastYear], rules, "henan-2022"));

        Assert.Equal((35m, 32m), (finding.Stated, finding.Expected));
    }

    [Fact]
    public void Run_MissingLastYearsTable_NamesIt()
    {
        var rules = RuleFile.Parse("rule: a\ntitle: t\nformula: [last:three-public|total|total] = 0\n", "t.rules");

        var error = Assert.Throws<RuleException>(() => CheckEngine.Run([CheckTables.Functions()], rules, "henan-2022"));

        Assert.Contains("“last:three-public”", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Position(3, 11), error.Position);
    }
}
