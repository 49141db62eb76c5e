using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Tests.Narrative;

/// <summary>Binding on a small vocabulary of its own (the shipped one is tested with the seeds in Formats.Tests).</summary>
public class FactReaderTests
{
    private static readonly SubjectVocabulary Vocabulary = SubjectVocabulary.Parse(
        "# test\nsubject\trevenueTotal\t收入总计\nsubject\tbasic\t基本支出\nsubject\tpersonnel\t人员经费\nsubject\tthreePublic\t“三公”经费\n" +
        "subject\tthreePublic\t\"三公\"经费\nsubject\tbasicGeneral\t一般公共预算基本支出\ngeneric\trevenueTotal\t收入\trevenueTotal\nwhole\tpersonnel\tbasic\n" +
        "subject\tfiscal\t财政拨款\nqualifier\tfiscal\nsubject\texpenditureTotal\t支出总计\ngeneric\texpenditureTotal\t支出\texpenditureTotal\n" +
        "count\tstaffPosts\t编制\ncount\tstaffAdministrative\t行政编制\ncount\tstaffInstitution\t事业编制\ncount\tstaffActive\t实有在职人员\n" +
        "whole\tstaffAdministrative\tstaffPosts\nwhole\tstaffInstitution\tstaffPosts\n",
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

    private static List<NarrativeFact> Counts(string text) =>
        [.. Read(text).Facts.Where(f => f.Kind == FactKind.Count)];

    [Fact]
    public void Read_HeadCounts_StaffingSentence_GivesACountPerSubject_PartsOfTheirWhole()
    {
        var counts = Counts("编制 25 人，实有在职人员 23 人，其中行政编制 20 人、事业编制 5 名。");

        Assert.Equal(
            [("staffPosts", 25m, null, 0), ("staffActive", 23m, null, 0), ("staffAdministrative", 20m, "staffPosts", 1), ("staffInstitution", 5m, "staffPosts", 1)],
            counts.Select(c => (c.Subject!, c.Value, c.Whole, c.Group)));
    }

    [Fact]
    public void Read_HeadCounts_PartsWithNoKnownWhole_AreOfTheCountBeforeQiZhong()
    {
        var counts = Counts("实有在职人员 23 人，其中行政编制 18 人。");

        Assert.Equal("staffActive", counts[1].Whole);
    }

    [Theory]
    [InlineData("全年培训 200 人。")]
    [InlineData("接待群众 3000 人次，编制数未变。")]
    [InlineData("行政编制不超过 30 人以内。")]
    public void Read_HeadCounts_ThatAreNoStaffingFigure_AreNoFacts(string text) =>
        Assert.Empty(Read(text).Facts);

    [Fact]
    public void Read_HeadCounts_BesideMoney_LeaveTheMoneyFactsAsTheyWere()
    {
        const string money = "基本支出 953.86 万元。其中：人员经费 884.87 万元，占 92.77%。";

        var alone = Read(money).Facts;
        var beside = Read("编制 25 人，其中行政编制 20 人。" + money).Facts.Where(f => f.Kind != FactKind.Count);

        Assert.Equal(alone.Select(f => (f.Kind, f.Subject, f.Value, f.Whole)), beside.Select(f => (f.Kind, f.Subject, f.Value, f.Whole)));
    }

    [Fact]
    public void Parse_CountSubjects_AreNoRowsOfTheNarrativeTable()
    {
        Assert.DoesNotContain("staffPosts", Vocabulary.Keys);
        Assert.Equal("编制", Vocabulary.Label("staffPosts"));
        Assert.Contains("staffActive", Vocabulary.CountKeys);
    }
}
