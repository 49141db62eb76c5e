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

    [Fact]
    public void Parse_AShortLineBetweenTwoTableRows_IsAPieceOfACellACopyBroke_ARowOfOneCellInTheTable()
    {
        var document = TextDocumentParser.Parse("科目\t金额\n2089999\t其他社会保障和\t40.00\n就业支出\n2101101\t行政单位医疗\t14.14\n", "a.txt");

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(["就业支出"], table.Rows[2].Cells);
        Assert.Equal(4, table.Rows.Count);
    }

    [Theory]
    [InlineData("预算04表")]
    [InlineData("2022年财政拨款收支总体情况表")]
    [InlineData("单位：万元")]
    [InlineData("一、收入支出预算总体情况")]
    public void Parse_ATitleOrCaptionBetweenTwoTables_EndsTheTable(string line)
    {
        var document = TextDocumentParser.Parse($"项目\t金额\n甲\t1\n{line}\n项目\t金额\n乙\t2\n", "a.txt");

        Assert.Equal(2, document.Blocks.OfType<TableBlock>().Count());
    }

    [Theory]
    [InlineData("续表")]
    [InlineData("（续）")]
    [InlineData("续表1：")]
    [InlineData("2022年部门支出预算表（续）")]
    public void Parse_AContinuationLineBetweenTheTwoPartsOfATable_KeepsItOneTable(string line)
    {
        var document = TextDocumentParser.Parse($"项目\t金额\n甲\t1\n\n{line}\n\n项目\t金额\n乙\t2\n", "a.txt");

        Assert.Equal(4, Assert.IsType<TableBlock>(Assert.Single(document.Blocks)).Rows.Count);
    }

    [Theory]
    [InlineData("续表说明如下。")]
    [InlineData("2022年部门支出预算表")]
    public void Parse_AnyOtherLineBetweenTwoTables_SplitsThem(string line)
    {
        var document = TextDocumentParser.Parse($"项目\t金额\n甲\t1\n\n{line}\n\n项目\t金额\n乙\t2\n", "a.txt");

        Assert.Equal(2, document.Blocks.OfType<TableBlock>().Count());
    }
}
