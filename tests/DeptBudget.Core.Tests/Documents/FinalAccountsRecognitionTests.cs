using DeptBudget.Core.Documents;
using DeptBudget.Core.Documents.Recognition;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tests.Documents;

/// <summary>The parts of recognition a final-accounts (决算) document needed: its kind, broken header labels, row labels.</summary>
public class FinalAccountsRecognitionTests
{
    private static readonly ColumnLabels Labels = ColumnLabels.Parse("合计\t小计\n");

    [Theory]
    [InlineData("# 上海市某局\n\n# 2024年度部门决算\n\n# 收入支出决算总表\n", DisclosureKind.FinalAccounts)]
    [InlineData("# 某局2022年部门预算\n\n# 部门收支预算表\n", DisclosureKind.Budget)]
    [InlineData("# 某局2024年部门预决算公开\n\n# 收入决算表\n\n# 支出决算表\n", DisclosureKind.FinalAccounts)]
    [InlineData("# 某局\n\n# 说明\n", DisclosureKind.Budget)]
    public void Kind_IsReadFromTheTitle_ElseFromTheHeadings(string text, DisclosureKind kind)
    {
        var blocks = TextDocumentParser.Parse(text, "a.txt").Blocks;

        Assert.Equal(kind, DocumentKind.Of(blocks, blocks.OfType<HeadingBlock>().FirstOrDefault(h => h.Text.Contains("20", StringComparison.Ordinal))?.Text).Kind);
    }

    [Fact]
    public void Kind_SaysWhichTitleDecided() =>
        Assert.Equal("文件标题“2024年度部门决算”", DocumentKind.Of([], "2024年度部门决算").Reason);

    [Fact]
    public void HeaderPieces_AreJoined_WhenTogetherTheyAreALabelOfTheTable()
    {
        var known = new HashSet<string>(["本年收入合计", "附属单位上缴收入", "基本", "合计"], StringComparer.Ordinal);

        Assert.Equal(["本年收入合计"], HeaderFragments.Join(["本年收入合", "计"], Labels, known));
        Assert.Equal(["附属单位上缴收入"], HeaderFragments.Join(["附属单", "位上", "缴收入"], Labels, known));
        Assert.Equal(["基本", "合计"], HeaderFragments.Join(["基本支出", "小计"], Labels, known));
        Assert.Equal(["经营收", "入"], HeaderFragments.Join(["经营收", "入"], Labels, known));
    }

    [Theory]
    [InlineData("使用非财政拨款结余", "使用非财政拨款结余（含专用结余）", true)]
    [InlineData("一、一般公共预算财政拨款收入", "一般公共预算财政拨款收入", true)]
    [InlineData("年初结转和结余", "年末结转和结余", false)]
    [InlineData("总计", "", false)]
    public void RowLabel_MayCarryANoteInBrackets(string profile, string printed, bool same) =>
        Assert.Equal(same, RowLabels.Same(profile, printed));

    [Theory]
    [InlineData("…", "", true)]
    [InlineData("", "…", true)]
    [InlineData("…", "201", false)]
    [InlineData("", "", false)]
    public void ARowOfOnlyEllipses_IsABlankTemplatesPlaceholder(string label, string code, bool placeholder) =>
        Assert.Equal(placeholder, RowLabels.IsPlaceholder(label, code));

    [Theory]
    [InlineData("类", true)]
    [InlineData("项", true)]
    [InlineData("201", false)]
    public void ClassSectionItem_InACodeColumn_IsItsHeading(string text, bool heading) =>
        Assert.Equal(heading, RowLabels.IsCodeHeading(text));
}
