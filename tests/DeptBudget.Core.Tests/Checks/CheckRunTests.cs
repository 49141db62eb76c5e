using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Tests.Checks;

public sealed class CheckRunTests
{
    private const string Rules = """
        rule: this-year
        formula: [expenditure-summary|total|total] = 35
        rule: across
        scope: 跨年
        formula: [expenditure-summary|total|total] >= [last:expenditure-summary|total|total]
        rule: each-last
        formula: forEach [last:expenditure-summary|fn=3|total]: [@|@|@] > 0
        rule: empty-last
        formula: if(isEmpty("last:projects"), 1 = 1, 1 = 2)
        rule: other-profile
        profiles: hubei-2023
        formula: [last:expenditure-summary|total|total] = 1
        """;

    [Fact]
    public void Tokenizer_AcceptsLastYearTableIds()
    {
        var formula = Parser.Parse("[last:three-public|total|total] = [three-public|lastYear|total]");

        var left = Assert.IsType<CellNode>(Assert.IsType<CompareNode>(formula.Body).Left);
        Assert.Equal("last:three-public", left.Ref.Table.Text);
    }

    [Fact]
    public void RuleTables_NamesCellsSumsForEachAndIsEmptyTables()
    {
        var formula = Parser.Parse("""forEach [a, b|*|total]: [@|@|@] = sum[c|fn|x] + [d|total|y] and not isEmpty("e")""");

        Assert.Equal(["a", "b", "c", "d", "e"], RuleTables.Named(formula).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_WithoutLastYear_SkipsTheRulesNamingLastYearTables()
    {
        var result = CheckRun.Run([CheckTables.Functions()], RuleFile.Parse(Rules, "t.rules"), "henan-2022");

        Assert.Empty(result.Findings);
        Assert.Equal(["across", "each-last", "empty-last"], result.Skipped.Select(s => s.RuleId));
        Assert.All(result.Skipped, s => Assert.Equal(CheckRun.NoLastYear, s.Reason));
    }

    [Fact]
    public void Run_WithLastYear_RunsThemOverTheLastYearTables()
    {
        var last = CheckTables.Functions(item1: 50m) with { Id = "last:expenditure-summary" };
        var rules = RuleFile.Parse(Rules, "t.rules").Where(r => r.Id != "empty-last");

        var result = CheckRun.Run([CheckTables.Functions(), last], rules, "henan-2022");

        Assert.Empty(result.Skipped);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("across", 35m, 75m), (finding.RuleId, finding.Stated, finding.Expected));
    }

    [Fact]
    public void Partition_NamesTheLastYearTableMissingFromLastYearsData()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { "expenditure-summary", "last:expenditure-summary" };

        var (runnable, skipped) = CheckRun.Partition(RuleFile.Parse(Rules, "t.rules"), ids, "henan-2022");

        Assert.Equal(["this-year", "across", "each-last"], runnable.Select(r => r.Id));
        Assert.Equal(new SkippedRule("empty-last", "上年数据中没有表 projects"), Assert.Single(skipped));
    }

    [Fact]
    public void Run_AMissingThisYearTable_IsStillTheRulesError() =>
        Assert.Throws<RuleException>(() => CheckRun.Run([CheckTables.Functions()], RuleFile.Parse("rule: x\nformula: [projects|total|total] = 1\n", "t.rules"), "henan-2022"));
}
