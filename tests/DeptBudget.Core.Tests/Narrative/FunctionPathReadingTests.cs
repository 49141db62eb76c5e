using DeptBudget.Core.Documents;
using DeptBudget.Core.Narrative;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tests.Narrative;

/// <summary>Paths of function names (“…（类）…（款）…（项）”) read as the subject of the figures that follow them.</summary>
public class FunctionPathReadingTests
{
    private static readonly SubjectVocabulary Vocabulary = SubjectVocabulary.Parse(
        "subject\tclass:201\t一般公共服务支出\nsubject\tbasic\t基本支出\n", "test.tsv");

    [Theory]
    [InlineData("一般公共服务支出（类）财政事务（款）行政运行（项）1511.89万元。")]
    [InlineData("一般公共服务支出(类)财政事务(款)行政运行(项) 1511.89 万元。")]
    [InlineData("1、一般公共服务支出（类） 财政事务（款） 行政运行（项）：1511.89万元。")]
    public void AnAmountAfterAPath_IsAboutItsItem_FullOrHalfWidth(string sentence)
    {
        var fact = Assert.Single(Read(sentence).Facts);

        Assert.Equal((FactKind.Amount, 1511.89m), (fact.Kind, fact.Value));
        Assert.Equal(new FunctionPath("一般公共服务支出", "财政事务", "行政运行"), fact.Function);
        Assert.Equal("一般公共服务支出（类）财政事务（款）行政运行（项）", fact.Subject);
    }

    [Fact]
    public void APathToASection_IsRead_AndANameWithItsOwnBracketStaysWhole()
    {
        var fact = Assert.Single(Read("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）426.6万元。").Facts);

        Assert.Equal(new FunctionPath("一般公共服务支出", "政府办公厅(室)及相关机构事务", null), fact.Function);
    }

    [Fact]
    public void AClassAlone_StaysTheVocabularysKeyFigure()
    {
        var facts = Read("一般公共服务支出（类）2106.66万元，占71.73%。");

        Assert.Empty(facts.Functions);
        Assert.Equal("class:201", facts.Facts[0].Subject);
    }

    [Fact]
    public void AFinalAccountsItem_BindsItsOutturn_LeavesTheInitialBudgetAndCompletionUnbound()
    {
        var facts = Read(
            "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费。年初预算为 1560.05 万元，支出决算为1511.89万元，完成年初预算的96.91%。",
            DisclosureKind.FinalAccounts);

        var amount = Assert.Single(facts.Bound);
        Assert.Equal(("行政运行", 1511.89m), (amount.Function!.Item, amount.Value));
        Assert.Equal([1560.05m, 96.91m], facts.Unbound.Select(f => f.Value));
    }

    [Fact]
    public void APathBrokenOffBeforeItsLastBracket_IsReadWhole_WhereItCloses()
    {
        // As a PDF reader gives the Putuo document: the line break made two paragraphs.
        var document = new SourceDocument
        {
            FileName = "putuo.pdf",
            Format = SourceFormat.Pdf,
            Blocks =
            [
                new ParagraphBlock("5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休", new SourcePosition(14, 22)),
                new ParagraphBlock("（项）。年初预算为 85.55 万元，支出决算为84.65万元。", new SourcePosition(15, 22)),
            ],
        };
        var facts = FactReader.Read(NarrativeReader.Read(document), Vocabulary, DisclosureKind.FinalAccounts);

        var amount = Assert.Single(facts.Bound);
        Assert.Equal(new FunctionPath("社会保障和就业支出", "行政事业单位养老支出", "行政单位离退休"), amount.Function);
        Assert.Equal(2, facts.Functions.Select(f => f.Sentence.Paragraph).Distinct().Count());
    }

    [Fact]
    public void ABudgetItem_BindsItsFirstAmount_ALaterOneWithoutSubjectIsUnbound_AndAChangeIsItsChange()
    {
        var facts = Read("行政运行（项）2022年预算为368.80万元，比上年增加12.5万元，上年为356.3万元。");

        Assert.Equal(
            [(FactKind.Amount, 368.80m, "行政运行（项）"), (FactKind.Change, 12.5m, "行政运行（项）"), (FactKind.Unbound, 356.3m, null)],
            facts.Facts.Select(f => (f.Kind, f.Value, f.Subject)));
    }

    [Fact]
    public void AnItemsLastYearFigure_IsUnbound_ItsBudgetAfterItIsBound()
    {
        var facts = Read("行政运行（项）上年预算为356.3万元，本年预算为368.80万元。");

        Assert.Equal([(FactKind.Unbound, 356.3m), (FactKind.Amount, 368.80m)], facts.Facts.Select(f => (f.Kind, f.Value)));
    }

    [Fact]
    public void APath_BindsOnlyWithinItsParagraph()
    {
        var facts = Read("行政运行（项）预算为368.80万元。\n\n另安排100万元。");

        Assert.Equal(FactKind.Unbound, facts.Facts[^1].Kind);
    }

    private static NarrativeFacts Read(string text, DisclosureKind kind = DisclosureKind.Budget) =>
        FactReader.Read(NarrativeReader.Read(text), Vocabulary, kind);
}
