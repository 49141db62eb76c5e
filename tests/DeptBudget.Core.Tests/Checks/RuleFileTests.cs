using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Tests.Checks;

public sealed class RuleFileTests
{
    private const string TwoRules = """
        # 审核人的规则
        rule: total-is-35
        title: 合计为 35
        severity: warning
        scope: 表间
        tolerance: 0.5
        profiles: henan-2022, hubei-2023
        formula:
          [expenditure-summary|total|total] = 35

        rule: classes
        title: 类等于各款之和
        formula: forEach [expenditure-summary|fn=3|*]:
          [@|@|@] = sum[@|children|@]
        """;

    [Fact]
    public void Parse_ReadsEveryField()
    {
        var rules = RuleFile.Parse(TwoRules, "my.rules");

        Assert.Equal(2, rules.Count);
        var first = rules[0];
        Assert.Equal("total-is-35", first.Id);
        Assert.Equal("合计为 35", first.Title);
        Assert.Equal(Severity.Warning, first.Severity);
        Assert.Equal(CheckScope.BetweenTables, first.Scope);
        Assert.Equal(0.5m, first.Tolerance);
        Assert.Equal(["henan-2022", "hubei-2023"], first.Profiles);
        Assert.Equal("my.rules", first.Source);
        Assert.Equal(Severity.Error, rules[1].Severity);
        Assert.NotNull(rules[1].Formula.ForEach);
    }

    [Fact]
    public void Parse_FormulaError_NamesFileLineAndColumn()
    {
        var text = TwoRules.Replace("sum[@|children|@]", "sum[@|children|@] +", StringComparison.Ordinal);

        var error = Assert.Throws<RuleException>(() => RuleFile.Parse(text, "my.rules"));

        Assert.Equal("my.rules", error.FileName);
        Assert.Equal(14, error.Position.Line);
        Assert.Contains("classes", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("规则文件 my.rules 第 14 行", error.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rule: a\nseverity: fatal\nformula: 1 = 1", 1, "severity")]
    [InlineData("rule: a\ncolour: red\nformula: 1 = 1", 2, "不认识的项")]
    [InlineData("title: a\nformula: 1 = 1", 1, "rule:")]
    [InlineData("rule: a\ntitle: x", 1, "没有 formula")]
    [InlineData("rule: a\nformula: 1 = 1\nrule: a\nformula: 2 = 2", 1, "重复")]
    public void Parse_BadField_IsReported(string text, int line, string words)
    {
        var error = Assert.Throws<RuleException>(() => RuleFile.Parse(text, "x.rules"));

        Assert.Equal(line, error.Position.Line);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
