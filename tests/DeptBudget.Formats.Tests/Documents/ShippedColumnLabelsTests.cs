using DeptBudget.Formats.Documents;

namespace DeptBudget.Formats.Tests.Documents;

public class ShippedColumnLabelsTests
{
    [Theory]
    [InlineData("一般公共预算拨款", "一般公共预算")]
    [InlineData("公用经费", "日常公用经费")]
    [InlineData("对个人和家庭的补助", "对个人和家庭补助支出")]
    [InlineData("政府性基金预算拨款收入", "政府性基金")]
    [InlineData("上年结转", "上年结转结余")]
    public void ColumnsTsv_IsEmbedded_AndFoldsTheSynonyms(string printed, string profile)
    {
        var labels = ShippedDocumentVocabulary.Vocabulary.Columns;
        Assert.Equal(labels.Key(profile), labels.Key(printed));
    }
}
