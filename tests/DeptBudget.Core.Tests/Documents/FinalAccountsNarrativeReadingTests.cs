using DeptBudget.Core.Narrative;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tests.Documents;

/// <summary>
/// A final-accounts (决算) narrative read with its own wording: figures of the 年初预算 / 调整预算 and the completion
/// percent are left unbound, the 决算数 is the figure of the subject the sentence names; a budget narrative reads the
/// same words as before.
/// </summary>
public class FinalAccountsNarrativeReadingTests
{
    private static readonly SubjectVocabulary Vocabulary = SubjectVocabulary.Parse(
        "subject\tgeneralBudget\t一般公共预算财政拨款支出\nsubject\tthreePublic\t“三公”经费\nsubject\tabroad\t因公出国(境)费\n"
        + "subject\tfiscal\t财政拨款支出\nqualifier\tfiscal\nsubject\tclass:201\t一般公共服务支出\n"
        + "generic\texpenditureTotal\t支出\texpenditureTotal\n",
        "test.tsv");

    private const string BudgetAndOutturn = "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。";

    [Fact]
    public void BudgetFigureAndCompletionPercent_AreUnbound_TheOutturnIsTheSubjects()
    {
        var facts = Read(BudgetAndOutturn, DisclosureKind.FinalAccounts);

        Assert.Equal(
            [(FactKind.Unbound, null, 2993.92m), (FactKind.Amount, "generalBudget", 2940.05m), (FactKind.Unbound, null, 98.20m)],
            facts.Select(f => (f.Kind, f.Subject, f.Value)));
        Assert.All(facts.Where(f => f.Kind == FactKind.Unbound), f => Assert.Contains("年初预算数", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void InABudgetNarrative_TheSameWords_BindAsBefore()
    {
        var facts = Read(BudgetAndOutturn, DisclosureKind.Budget);

        Assert.Equal((FactKind.Amount, "generalBudget", 2993.92m), (facts[0].Kind, facts[0].Subject, facts[0].Value));
        Assert.Equal(FactKind.Unbound, facts[1].Kind);
    }

    [Fact]
    public void ThreePublicOutturn_AndItsParts_AreBound_ThePercentsOfTheBudgetAreNot()
    {
        var facts = Read("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；", DisclosureKind.FinalAccounts);

        Assert.Equal(
            [(FactKind.Unbound, null), (FactKind.Amount, "threePublic"), (FactKind.Unbound, null), (FactKind.Amount, "abroad"), (FactKind.Unbound, null)],
            facts.Select(f => (f.Kind, f.Subject)));
        Assert.Equal("threePublic", facts[3].Whole);
    }

    [Fact]
    public void AnOutturnOfNoSubject_StaysUnbound() =>
        Assert.All(Read("年初预算为 10.00 万元，支出决算为10.00万元。", DisclosureKind.FinalAccounts), f => Assert.Equal(FactKind.Unbound, f.Kind));

    [Fact]
    public void AnOutturnOfAFunctionItem_IsTheItemsAmount_ItsInitialBudgetStaysUnbound() =>
        Assert.Equal(
            [(FactKind.Unbound, null), (FactKind.Amount, "行政运行")],
            Read("一般公共服务支出（类）财政事务（款）行政运行（项）年初预算为 1560.05 万元，支出决算为1511.89万元。", DisclosureKind.FinalAccounts)
                .Select(f => (f.Kind, f.Function?.Item)));

    private static List<NarrativeFact> Read(string text, DisclosureKind kind) =>
        [.. FactReader.Read(NarrativeReader.Read(text), Vocabulary, kind).Facts];
}
