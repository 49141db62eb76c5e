using DeptBudget.Core.Writing;

namespace DeptBudget.Core.Tests.Writing;

public class TemplateParserTests
{
    [Fact]
    public void Parse_ReadsHeadingsParagraphsAndRepeatedBlocks()
    {
        var template = TemplateParser.Parse("s", "# comment\n== 主要职责\n@each functions\n（{n}）{item}\n@end\n=== 小节\n{amount:basic}", "s.txt");

        Assert.Collection(template.Lines,
            l => Assert.Equal(2, Assert.IsType<HeadingLine>(l).Level),
            l => Assert.Equal("functions", Assert.IsType<EachLine>(l).List),
            l => Assert.Equal(3, Assert.IsType<HeadingLine>(l).Level),
            l => Assert.Equal(new CallNode("amount", "basic"), Assert.Single(Assert.IsType<ParagraphLine>(l).Nodes)));
    }

    [Fact]
    public void Inline_NestsConditionsWithElse()
    {
        var nodes = TemplateParser.Inline("a{if !nonzero:governmentFund}无{else}{amount:governmentFund}{end}b", "s.txt", 1);

        var condition = Assert.IsType<IfNode>(nodes[1]);
        Assert.True(condition.Negated);
        Assert.Equal("governmentFund", condition.Argument);
        Assert.Equal(new TextNode("无"), Assert.Single(condition.Then));
        Assert.Equal(new CallNode("amount", "governmentFund"), Assert.Single(condition.Else));
    }

    [Theory]
    [InlineData("{amout:basic}", "第 3 行：占位符 {amout:basic} 不认识")]
    [InlineData("{if big:basic}x{end}", "第 3 行：条件 {if big:basic} 不认识")]
    [InlineData("{if nonzero:basic}x", "第 3 行：{if …} 没有对应的 {end}")]
    [InlineData("{amount:basic", "第 3 行：第 1 个字符处的“{”没有对应的“}”")]
    [InlineData("@end", "第 3 行：@end 前没有 @each")]
    [InlineData("@each nothing", "第 3 行：@each 后的列表“nothing”不认识")]
    public void Parse_RefusesMistakesWithTheLine(string line, string message)
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateParser.Parse("s", $"# a\n== b\n{line}\n", "henan-2022/s.txt"));

        Assert.Contains("henan-2022/s.txt " + message, ex.Message, StringComparison.Ordinal);
    }
}
