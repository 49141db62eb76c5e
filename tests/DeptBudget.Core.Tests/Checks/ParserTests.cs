using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Tests.Checks;

public sealed class ParserTests
{
    [Fact]
    public void Parse_CellComparison_GivesCompareOfTwoCells()
    {
        var formula = Parser.Parse("[expenditure-summary|total|total] = [expenditure-summary|total|basic] + [expenditure-summary|total|project]");

        var compare = Assert.IsType<CompareNode>(formula.Body);
        var left = Assert.IsType<CellNode>(compare.Left);
        Assert.Equal("expenditure-summary", left.Ref.Table.Text);
        Assert.Equal("total", left.Ref.Rows.Text);
        Assert.IsType<BinaryNode>(compare.Right);
        Assert.Null(formula.ForEach);
    }

    [Fact]
    public void Parse_MultiplicationBindsTighterThanAddition()
    {
        var formula = Parser.Parse("1 + 2 * 3 = 7");

        var sum = Assert.IsType<BinaryNode>(Assert.IsType<CompareNode>(formula.Body).Left);
        Assert.Equal("+", sum.Operator);
        Assert.Equal("*", Assert.IsType<BinaryNode>(sum.Right).Operator);
    }

    [Fact]
    public void Parse_ForEachWithSumAndFunctions()
    {
        var formula = Parser.Parse("""
            forEach [expenditure-summary, general-budget-expenditure | fn, role=subtotal | *]:
              [@|@|@] = sum[@|children|@] and not isEmpty("projects") or if(1 > 0, pct(1, 2), yoy(3, 2)) >= 50
            """);

        Assert.NotNull(formula.ForEach);
        Assert.Equal("fn, role=subtotal", formula.ForEach!.Rows.Text);
        Assert.IsType<LogicNode>(formula.Body);
    }

    [Fact]
    public void Parse_QuotedRowKeyMayContainBar()
    {
        var formula = Parser.Parse("[general-budget-basic|\"e:30101|50101\"|total] = 1");

        var cell = Assert.IsType<CellNode>(Assert.IsType<CompareNode>(formula.Body).Left);
        Assert.Equal("e:30101|50101", cell.Ref.Rows.Text);
    }

    [Theory]
    [InlineData("[a|b|c] = (1 +", 1, 15, "缺少")]
    [InlineData("[a|b] = 1", 1, 1, "三部分")]
    [InlineData("1 = 2 3", 1, 7, "多了")]
    [InlineData("1 = 2\n  and foo(1)", 2, 7, "不能写")]
    [InlineData("pct(1) = 2", 1, 1, "2 个参数")]
    [InlineData("1 = 2 $", 1, 7, "不认识的字符")]
    [InlineData("\n\n  [a|b|c = 1", 3, 3, "没有用 ] 结束")]
    public void Parse_Error_NamesLineAndColumn(string text, int line, int column, string words)
    {
        var error = Assert.Throws<RuleException>(() => Parser.Parse(text));

        Assert.Equal(new Position(line, column), error.Position);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FirstLineOffset_ShiftsReportedLine()
    {
        var error = Assert.Throws<RuleException>(() => Parser.Parse("1 = ", firstLine: 10));

        Assert.Equal(10, error.Position.Line);
    }
}
