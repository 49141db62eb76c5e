using DeptBudget.Core.Documents.Recognition;

namespace DeptBudget.Core.Tests.Documents;

public class ColumnLabelsTests
{
    private static readonly ColumnLabels Labels = ColumnLabels.Parse("# 式样写法\t其他写法\n一般公共预算\t一般公共预算拨款\t一般公共预算拨款收入\n日常公用\t公用\n对个人和家庭补助\t对个人和家庭的补助\r\n");

    [Theory]
    [InlineData("工资福利支出", "工资福利")]
    [InlineData("人员经费", "人员")]
    [InlineData("其中：财政拨款", "财政拨款")]
    [InlineData("部门（单位）名称", "部门单位名称")]
    [InlineData("基 本 支 出", "基本")]
    [InlineData("（一）项目支出", "项目")]
    public void Key_IgnoresSpacesBracketsNumberingAndSuffixes(string printed, string key) =>
        Assert.Equal(key, Labels.Key(printed));

    [Theory]
    [InlineData("一般公共预算拨款收入", "一般公共预算")]
    [InlineData("一般公共预算拨款", "一般公共预算")]
    [InlineData("公用经费", "日常公用经费")]
    [InlineData("对个人和家庭的补助", "对个人和家庭补助支出")]
    public void Key_FoldsSynonyms(string printed, string profile) =>
        Assert.Equal(Labels.Key(profile), Labels.Key(printed));

    [Fact]
    public void Key_KeepsDifferentColumnsApart()
    {
        Assert.NotEqual(Labels.Key("政府性基金"), Labels.Key("一般公共预算"));
        Assert.NotEqual(Labels.Key("公用经费"), Labels.Key("人员经费"));
    }
}
