using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Tests.Narrative;

public class NarrativeReaderTests
{
    private const string Text = """
        # 第二部分

        ## 一、收入支出预算总体情况说明

        2022 年收入总计 1352.27 万元。主要原因：项目减少；支出减少 279.71 万元！
        第二行是同一段的下一句

        **六、一般公共预算基本支出情况说明**

        其中：人员经费 884.87 万元，占 92.77%；
        收入		支出
        项目	金额	项目	金额
        （一）贯彻执行政务服务和政务信息化有关的法律法规，组织起草全市相关政策，并组织实施。
        （二）政府采购
        """;

    [Fact]
    public void Read_SplitsHeadingsParagraphsAndSentences()
    {
        var document = NarrativeReader.Read(Text);

        Assert.Equal(["第二部分", "一、收入支出预算总体情况说明", "六、一般公共预算基本支出情况说明", "（二）政府采购"], document.Sections.Select(s => s.Heading));
        Assert.Equal(["第二部分", "一、", "六、", "（二）"], document.Sections.Select(s => s.Numbering).OfType<string>());
        var first = document.Sections[1].Paragraphs.Single().Sentences;
        Assert.Equal(["2022 年收入总计 1352.27 万元。", "主要原因：项目减少；", "支出减少 279.71 万元！", "第二行是同一段的下一句"], first.Select(s => s.Text));
        Assert.Equal([(1, 5, true), (2, 5, false), (3, 5, true), (4, 6, true)], first.Select(s => (s.Number, s.Line, s.EndsStatement)));
        Assert.All(first, s => Assert.Equal((1, "一、收入支出预算总体情况说明", 1), (s.Section, s.SectionHeading, s.Paragraph)));
    }

    [Fact]
    public void Read_SkipsTableLinesButCountsThemAndTheirTables()
    {
        var document = NarrativeReader.Read(Text);

        Assert.Equal((1, 2), (document.TableCount, document.TableLineCount));
        Assert.DoesNotContain(document.Sentences, s => s.Text.Contains('\t', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ALongNumberedLineEndingAsASentence_IsAParagraph()
    {
        var document = NarrativeReader.Read(Text);

        var paragraphs = document.Sections[2].Paragraphs;
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("（一）贯彻执行", paragraphs[1].Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ABoldLineWithAFigure_IsTextNotAHeading()
    {
        var document = NarrativeReader.Read("## 七、“三公”经费\n\n**(二) 公务接待费1万元**\n");

        Assert.Equal("**(二) 公务接待费1万元**", Assert.Single(document.Sentences).Text);
    }

    [Fact]
    public void Read_EmptyText_HasNoSection() => Assert.Empty(NarrativeReader.Read("").Sections);
}
