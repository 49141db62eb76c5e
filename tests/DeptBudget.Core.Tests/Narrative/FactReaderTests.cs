using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Tests.Narrative;

/// <summary>Binding on a small vocabulary of its own (the shipped one is tested with the seeds in Formats.Tests).</summary>
public class FactReaderTests
{
    private static readonly SubjectVocabulary Vocabulary = SubjectVocabulary.Parse(
        "# test\nsubject\trevenueTotal\t收入总计\nsubject\tbasic\t基本支出\nsubject\tpersonnel\t人员经费\nsubject\tthreePublic\t“三公”经费\n" +
        "subject\tthreePublic\t\"三公\"经费\nsubject\tbasicGeneral\t一般公共预算基本支出\ngeneric\trevenueTotal\t收入\trevenueTotal\nwhole\tpersonnel\tbasic\n" +
        "subject\tfiscal\t财政拨款\nqualifier\tfiscal\nsubject\texpenditureTotal\t支出总计\ngeneric\texpenditureTotal\t支出\texpenditureTotal\n",
        "test.tsv");

    [Fact]
    public void Read_ChangeAfterAnAmount_BelongsToIt_WithItsPercentAndYear()
    {
        var facts = Read("2022 年收入总计 1352.27 万元，与 2021 年预算相比，收入减少 279.71 万元，下降 17.14%。");

        var change = Assert.Single(facts.Facts, f => f.Kind == FactKind.Change);
        Assert.Equal(("revenueTotal", -279.71m, ChangeDirection.Decrease, 17.14m, -17.14m, 2021), (change.Subject, change.Value, change.Direction, change.Percent, change.SignedPercent, change.AgainstYear));
        Assert.Equal([2022, 2021], facts.Years);
    }

    [Fact]
    public void Read_SharesInAQiZhongList_AreOfThePrecedingWhole()
    {
        var facts = Read("基本支出 953.86 万元。其中：人员经费 884.87 万元，占 92.77%；其他 1 项。");

        var share = Assert.Single(facts.Facts, f => f.Kind == FactKind.Share);
        Assert.Equal(("personnel", 92.77m, "basic"), (share.Subject, share.Value, share.Whole));
        Assert.Equal("basic", facts.Facts.Single(f => f is { Kind: FactKind.Amount, Subject: "personnel" }).Whole);
    }

    [Fact]
    public void Read_ShareOfAWholeNamedAfterZhan_IsOfThatWhole()
    {
        var share = Assert.Single(Read("人员经费 884.87 万元，占基本支出的 92.77%。").Facts, f => f.Kind == FactKind.Share);

        Assert.Equal("basic", share.Whole);
    }

    [Theory]
    [InlineData("我局 2022 年“三公”经费预算为 3.3 万元。")]
    [InlineData("我局 2022 年\"三公\"经费预算为 3.3 万元。")]
    public void Read_StraightAndCurlyQuotes_BindTheSameSubject(string text) =>
        Assert.Equal("threePublic", Assert.Single(Read(text).Facts).Subject);

    [Fact]
    public void Read_LongestPhraseWins() =>
        Assert.Equal("basicGeneral", Assert.Single(Read("一般公共预算基本支出年初预算为 953.86 万元。").Facts).Subject);

    [Theory]
    [InlineData("“三公”经费财政拨款支出年初预算为0.95万元。")]
    [InlineData("财政拨款“三公”经费 0.95 万元。")]
    public void Read_AFundingSourceNextToASubject_OnlyQualifiesIt(string text) =>
        Assert.Equal("threePublic", Assert.Single(Read(text).Facts).Subject);

    [Fact]
    public void Read_GenericWordWithNothingNamed_BindsOnlyAChange()
    {
        var facts = Read("年初预算为 10.00 万元，支出决算为10.00万元。\n\n与 2021 年相比，支出减少 5 万元。").Facts;

        Assert.Equal([FactKind.Unbound, FactKind.Unbound, FactKind.Change], facts.Select(f => f.Kind));
        Assert.Equal("expenditureTotal", facts[2].Subject);
    }

    [Fact]
    public void Read_FigureWithNoSubject_IsUnboundNotDropped()
    {
        var fact = Assert.Single(Read("自主创新示范区建设项目2886.5万元。").Facts);

        Assert.Equal((FactKind.Unbound, 2886.5m), (fact.Kind, fact.Value));
        Assert.NotNull(fact.Reason);
    }

    [Fact]
    public void Read_ChangeWithNoSubject_IsOfTheParagraphsLastSubject()
    {
        var facts = Read("“三公”经费 3.3 万元。预算数比2021年增加0万元。");

        Assert.Equal(("threePublic", ChangeDirection.Increase, 2021), facts.Facts.Where(f => f.Kind == FactKind.Change).Select(f => (f.Subject!, f.Direction!.Value, f.AgainstYear!.Value)).Single());
    }

    [Fact]
    public void Read_KeepsTheSentenceAndItsLocation()
    {
        var fact = Read("## 一、总体情况\n\n基本支出 953.86 万元。").Facts.Single();

        Assert.Equal(("一、总体情况", 1, 1, 3, "基本支出 953.86 万元。"), (fact.Sentence.SectionHeading!, fact.Sentence.Paragraph, fact.Sentence.Number, fact.Sentence.Line, fact.Sentence.Text));
    }

    [Fact]
    public void Parse_ABadLine_NamesTheFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => SubjectVocabulary.Parse("subject\tonlyKey\n", "x.tsv"));

        Assert.Contains("x.tsv 第 1 行", ex.Message, StringComparison.Ordinal);
    }

    private static NarrativeFacts Read(string text) => FactReader.Read(NarrativeReader.Read(text), Vocabulary);
}
