using DeptBudget.Core.Documents;

namespace DeptBudget.Core.Tests.Documents;

public class TextDocumentParserTests
{
    [Fact]
    public void Parse_HeadingsParagraphsAndTables_WithTheirLines()
    {
        var document = TextDocumentParser.Parse("# 某局2022年部门预算\n\n一、收入支出预算总体情况说明\n\n收入合计 10 万元。\n\n项目\t金额\n合计\t10.00\n", "a.txt");

        Assert.Collection(
            document.Blocks,
            b => Assert.Equal(("某局2022年部门预算", 1, 1), (((HeadingBlock)b).Text, ((HeadingBlock)b).Level, b.Position.Line)),
            b => Assert.Equal("一、收入支出预算总体情况说明", ((HeadingBlock)b).Text),
            b => Assert.Equal(("收入合计 10 万元。", 5), (((ParagraphBlock)b).Text, b.Position.Line)),
            b =>
            {
                var row = ((TableBlock)b).Rows[1];
                Assert.Equal(["合计", "10.00"], row.Cells);
                Assert.Equal(8, row.Position.Line);
            });
    }

    [Fact]
    public void Parse_ATableSplitByBlankLines_StaysOneTable()
    {
        var document = TextDocumentParser.Parse("项目\t金额\n甲\t1\n\n\n乙\t2\n", "a.txt");

        Assert.Equal(3, Assert.Single(document.Blocks.OfType<TableBlock>()).Rows.Count);
    }

    [Fact]
    public void Parse_ASentenceBrokenByACopy_IsJoined()
    {
        var document = TextDocumentParser.Parse("我局负责管理的专项转移支付项目共有1项，积极做好项目分配前期准备\n\n工作，在规定的时间内提出意见。\n", "a.txt");

        Assert.Equal("我局负责管理的专项转移支付项目共有1项，积极做好项目分配前期准备工作，在规定的时间内提出意见。", Assert.IsType<ParagraphBlock>(Assert.Single(document.Blocks)).Text);
    }
}
