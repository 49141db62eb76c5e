using DeptBudget.Core.Checks;
using DeptBudget.Core.Narrative;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Tests.Checks;

/// <summary>The amounts of “…（类）…（款）…（项）” sentences against the function rows of the 一般公共预算支出表.</summary>
public class NarrativeFunctionItemsTests
{
    private static readonly SubjectVocabulary Vocabulary = SubjectVocabulary.Parse("subject\tclass:201\t一般公共服务支出\n", "test.tsv");

    /// <summary>201 一般公共服务支出 → 20101 人大事务 (2010101 行政运行 10, 2010102 一般行政管理事务 20), 20103 政府办公厅（室）及相关机构事务 (2010301 行政运行 5).</summary>
    private static readonly FunctionRows Rows = FunctionRows.Read([CheckTables.Functions() with { Id = StandardTables.GeneralBudgetExpenditure, Title = "一般公共预算支出表" }]);

    [Fact]
    public void AnAmountEqualToItsRowsTotal_GivesNothing()
    {
        Assert.Empty(Run("一般公共服务支出（类）人大事务（款）行政运行（项）预算为10.00万元。"));
    }

    [Fact]
    public void AnAmountUnlikeItsRowsTotal_IsAnError_NamingTheRow()
    {
        var finding = Assert.Single(Run("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）预算为5.50万元。"));

        Assert.Equal((NarrativeChecks.AmountRule, Severity.Error, 5.50m, 5m), (finding.RuleId, finding.Severity, finding.Stated, finding.Expected));
        Assert.Contains("与《一般公共预算支出表》“行政运行”行（2010301）的合计数不一致", finding.Message, StringComparison.Ordinal);
        Assert.Contains("（第 1 行）“一般公共服务支出（类）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionPath_IsCheckedAgainstTheSectionRow()
    {
        var finding = Assert.Single(Run("一般公共服务支出(类)人大事务(款)31万元。"));

        Assert.Equal((31m, 30m), (finding.Stated, finding.Expected));
    }

    [Fact]
    public void AnItemTheClassDoesNotHave_IsAWarning()
    {
        var finding = Assert.Single(Run("一般公共服务支出（类）人大事务（款）信息化建设（项）预算为10.00万元。"));

        Assert.Equal((NarrativeChecks.FunctionItemRule, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Contains("“人大事务”（20101）下没有名为“信息化建设”的项", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemMissingFromATableWithoutFigures_IsOnlyANotice()
    {
        var blank = FunctionRows.Read([CheckTables.Functions(0m, 0m, 0m) with { Id = StandardTables.GeneralBudgetExpenditure }]);

        var finding = Assert.Single(NarrativeChecks.Run(Read("一般公共服务支出（类）人大事务（款）信息化建设（项）。"), Vocabulary, null, functionRows: blank));

        Assert.Equal(Severity.Notice, finding.Severity);
    }

    [Fact]
    public void APathInASectionAboutTheGovernmentFund_IsNotCheckedAgainstThisTable()
    {
        var finding = Assert.Single(Run("## 八、政府性基金预算支出情况说明\n\n一般公共服务支出（类）人大事务（款）行政运行（项）预算为99.00万元。"));

        Assert.Equal((NarrativeChecks.FunctionItemRule, Severity.Notice), (finding.RuleId, finding.Severity));
        Assert.Contains("所在部分说明政府性基金预算", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathWhoseClassIsNotInTheTable_IsANotice()
    {
        var finding = Assert.Single(Run("教育支出（类）普通教育（款）小学教育（项）预算为10.00万元。"));

        Assert.Equal((NarrativeChecks.FunctionItemRule, Severity.Notice), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void AnItemNamedAloneThatTwoRowsBear_IsANotice_NamingBoth()
    {
        var finding = Assert.Single(Run("行政运行（项）预算为10.00万元。"));

        Assert.Equal(Severity.Notice, finding.Severity);
        Assert.Contains("2010101、2010301", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheTable_APathIsANotice()
    {
        var finding = Assert.Single(NarrativeChecks.Run(Read("人大事务（款）行政运行（项）预算为10.00万元。"), Vocabulary, null));

        Assert.Equal((NarrativeChecks.FunctionItemRule, Severity.Notice), (finding.RuleId, finding.Severity));
    }

    private static IReadOnlyList<Finding> Run(string text) => NarrativeChecks.Run(Read(text), Vocabulary, null, functionRows: Rows);

    private static NarrativeFacts Read(string text) => FactReader.Read(NarrativeReader.Read(text), Vocabulary);
}
