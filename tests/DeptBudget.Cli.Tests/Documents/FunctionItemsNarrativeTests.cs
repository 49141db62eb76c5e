using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;
using DeptBudget.Core.Narrative;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// The narrative's “…（类）…（款）…（项）” sentences checked against the function rows of the 一般公共预算支出表: the eleven
/// items of the Putuo 2024 final accounts (its 决算数 agree with 决算05表 on page 15), a copy with one 决算数 changed,
/// and seed 002 with budget-style items added.
/// </summary>
public class FunctionItemsNarrativeTests
{
    private static readonly SourceDocument Pdf = PutuoDocument.Pdf;
    private static readonly DocumentCheckResult Checked = PutuoDocument.Checked;

    [Fact]
    public void Putuo_ElevenItems_AreBoundToTheirRows_AndEachOutturnIsTheRowsTotal()
    {
        var facts = FactReader.Read(NarrativeReader.Read(Pdf), ShippedSubjects.Vocabulary, DisclosureKind.FinalAccounts);
        var rows = FunctionRows.Read([.. Checked.Recognized.Tables.Select(t => t.Table)]);

        var items = facts.Facts.Where(f => f.Function is not null).Select(f => (f.Function!.Item, f.Value)).ToList();

        Assert.Equal(
            [("行政运行", 1511.89m), ("一般行政管理事务", 10.00m), ("信息化建设", 135.25m), ("财政委托业务支出", 449.52m),
             ("行政单位离退休", 84.65m), ("机关事业单位基本养老保险缴费支出", 160.75m), ("机关事业单位职业年金缴费支出", 80.38m),
             ("其他行政事业单位养老支出", 0.94m), ("行政单位医疗", 60.99m), ("住房公积金", 187.19m), ("购房补贴", 258.50m)],
            items);
        Assert.All(items, i => Assert.Equal(i.Value, Assert.Single(rows.Rows, r => r.Code.Length == 7 && r.Label == i.Item).Total));
    }

    [Fact]
    public void Putuo_ItsItemsAgreeWithTheTable_SoTheyGiveNoFinding_OnlyTheirInitialBudgetsStayNotices()
    {
        var about = Checked.Findings.Where(f => f.Location.Source?.StartsWith("年初预算为", StringComparison.Ordinal) ?? false).ToList();

        Assert.DoesNotContain(Checked.Findings, f => f.RuleId == NarrativeChecks.FunctionItemRule);
        Assert.Equal(11, about.Count);
        Assert.All(about, f => Assert.Equal((NarrativeChecks.UnboundRule, Severity.Notice), (f.RuleId, f.Severity)));
        Assert.All(about, f => Assert.Contains("未能对应到任何项目（年初预算数", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Putuo_ACopyWithOneOutturnChanged_GivesThatError_WithTheItemAndItsRow()
    {
        var original = FinalAccountsText.Of(Pdf);
        var text = original.Replace("支出决算为135.25万元", "支出决算为153.25万元", StringComparison.Ordinal);
        Assert.NotEqual(original, text);

        var broken = DocumentCheck.Run(TextDocumentParser.Parse(text, "putuo-broken.txt"), null, ShippedRules.All, []);

        var finding = Assert.Single(broken.Findings, f => f.RuleId == NarrativeChecks.AmountRule && f.Stated == 153.25m);
        Assert.Equal((Severity.Error, 135.25m), (finding.Severity, finding.Expected));
        Assert.Equal("年初预算为135.90万元，支出决算为153.25万元。", finding.Location.Source);
        Assert.Contains("一般公共服务支出（类）财政事务（款）信息化建设（项）的金额与《", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“信息化建设”行（2010607）的合计数不一致，文中为 153.25 万元，应为 135.25 万元，多 18.00 万元。", finding.Message, StringComparison.Ordinal);
        Assert.Equal(
            Checked.Findings.Count(f => f.Severity == Severity.Error) + 1,
            broken.Findings.Count(f => f.Severity == Severity.Error));
    }

    [Fact]
    public void Seed002_BudgetStyleItems_BindTheirBudgetFigure_AndOnlyTheWrongOneIsAFinding()
    {
        var original = File.ReadAllText(DocumentSeeds.Path("002"));
        const string Anchor = "2022 年一般公共预算支出年初预算为 1352.27 万元。其中：基本支出 953.86 万元，占 70.54%；项目支出 398.41 万元，占 29.46%。\n";
        Assert.Equal(2, original.Split(Anchor).Length);
        var text = original.Replace(Anchor, Anchor + """

            1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。2022年预算为368.80万元，主要用于机关运转。

            2、社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)2022年预算安排25.17万元，主要用于离退休人员经费。

            3、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）19.23万元。

            """, StringComparison.Ordinal);

        var before = DocumentCheck.Run(TextDocumentParser.Parse(original, "seed-002.txt"), null, ShippedRules.All, []).Findings;
        var after = DocumentCheck.Run(TextDocumentParser.Parse(text, "seed-002-items.txt"), null, ShippedRules.All, []).Findings;

        Assert.Equal(47, before.Count);
        var added = Assert.Single(after, f => !before.Any(b => (b.RuleId, b.Severity, b.Stated, b.Expected) == (f.RuleId, f.Severity, f.Stated, f.Expected)));
        Assert.Equal((NarrativeChecks.AmountRule, Severity.Error, 25.17m, 25.71m), (added.RuleId, added.Severity, added.Stated, added.Expected));
        Assert.Contains("“行政单位离退休”行（2080501）", added.Message, StringComparison.Ordinal);
        Assert.Equal(48, after.Count);
    }
}
