using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>The document-level checks, each on seed 002 changed in one place.</summary>
public class DocumentChecksTests
{
    private static readonly string Seed = File.ReadAllText(DocumentSeeds.Path("002"));

    [Fact]
    public void TableTitleWithAnotherYear_IsReported()
    {
        var finding = Assert.Single(Check("## 2022年部门收入预算表", "## 2021年部门收入预算表"), f => f.RuleId == "document-year");

        Assert.Equal(("income-summary", 2021m, 2022m), (finding.Location.TableId, finding.Stated, finding.Expected));
    }

    [Fact]
    public void EmptyTableWithoutItsNote_IsReported()
    {
        var finding = Assert.Single(Check("说明：我单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。", ""), f => f.RuleId == "document-empty-table");

        Assert.Equal("government-fund", finding.Location.TableId);
    }

    [Fact]
    public void EmptyTableWithItsNote_IsNotReported() =>
        Assert.DoesNotContain(Check("", ""), f => f.RuleId == "document-empty-table");

    [Fact]
    public void TableInTheContentsButNowhereInTheDocument_IsReported()
    {
        var findings = Check("2022年支出经济分类汇总表\n", "");

        var finding = Assert.Single(findings, f => f.RuleId == "document-missing-table");
        Assert.Equal(("economic-summary", 39), (finding.Location.TableId, finding.Location.Line));
        Assert.DoesNotContain(findings, f => f.RuleId == "document-table-without-data");
    }

    private static IReadOnlyList<Finding> Check(string from, string to)
    {
        var text = from.Length == 0 ? Seed : Seed.Replace(from, to, StringComparison.Ordinal);
        Assert.True(from.Length == 0 || text != Seed, $"seed 002 has “{from}”");
        return DocumentCheck.Run(TextDocumentParser.Parse(text, "seed-002.txt"), null, ShippedRules.All, []).Findings;
    }
}
