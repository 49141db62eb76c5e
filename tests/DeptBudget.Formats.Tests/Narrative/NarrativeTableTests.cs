using DeptBudget.Core.Checks;
using DeptBudget.Core.Narrative;
using DeptBudget.Formats.Narrative;

namespace DeptBudget.Formats.Tests.Narrative;

public class NarrativeTableTests
{
    [Fact]
    public void From_Seed002_HoldsEachSubjectsFirstMention()
    {
        var table = NarrativeReview.Check(Seeds.Text("002"), null).Tables.Single();

        Assert.Equal(NarrativeTable.TableId, table.Id);
        Assert.Equal((953.86m, 70.54m), (table.FindRow("basic")!["amount"], table.FindRow("basic")!["share"]));
        Assert.Equal((-279.71m, -17.14m), (table.FindRow("revenueTotal")!["change"], table.FindRow("revenueTotal")!["changePct"]));
        Assert.Null(table.FindRow("purchasedServices")!["amount"]);
        Assert.Equal("基本支出", table.FindRow("basic")!.Label);
    }

    [Fact]
    public void ReviewersRule_ReadsTheNarrativeTable()
    {
        var rules = RuleFile.Parse("""
            rule: basic-share
            title: 基本支出占比不低于 80%
            severity: warning
            scope: 说明与表
            formula: [narrative|basic|share] >= 80

            rule: basic-share-60
            title: 基本支出占比不低于 60%
            scope: 说明与表
            formula: [narrative|basic|share] >= 60
            """, "mine.rules");

        var findings = CheckEngine.Run(NarrativeReview.Check(Seeds.Text("002"), null).Tables, rules, "henan-2022");

        var finding = Assert.Single(findings);
        Assert.Equal(("basic-share", 70.54m, 80m), (finding.RuleId, finding.Stated, finding.Expected));
    }
}
