using DeptBudget.Core.Documents;
using DeptBudget.Core.Documents.Recognition;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// Tables printed the awkward ways (BrokenTablesDocument) read as text into the right rows, cell for cell: wrapped
/// labels joined to their rows, a repeated header dropped, a row continued on the next page read once, header rows
/// found by their figures when the figures come first; and what is not safe to join still reported.
/// </summary>
public class BrokenTablesTests
{
    /// <param name="table">预算05表: labels wrapped above, below and on a bare line; 预算03表: over two pages, header repeated,
    /// a row continued; 预算06表: figures left of the codes and names.</param>
    [Theory]
    [InlineData("general-budget-expenditure")]
    [InlineData("expenditure-summary")]
    [InlineData("general-budget-basic")]
    public void EachTable_IsReadIntoItsRows_CellForCell_WithNothingReported(string table)
    {
        var result = Check(BrokenTablesDocument.Text());

        AssertAsPrinted(result, table);
        Assert.DoesNotContain(result.Recognized.Problems, p => p.TableId == table);
    }

    [Fact]
    public void TheWholeDocument_HasNoFindingOnItsTables()
    {
        var result = Check(BrokenTablesDocument.Text());

        Assert.DoesNotContain(result.Findings, f => f.Location.TableId is "general-budget-expenditure" or "expenditure-summary" or "general-budget-basic");
    }

    [Fact]
    public void ALineThatCompletesNoLabel_IsStillReportedAsARowNotRead()
    {
        var text = BrokenTablesDocument.Text().Replace("2010301\t行政运行\t300.00\t300.00\t\n", "2010301\t行政运行\t300.00\t300.00\t\n\t另见附注\t\t\t\n", StringComparison.Ordinal);

        var result = Check(text);

        var problem = Assert.Single(result.Recognized.Problems, p => p.TableId == "general-budget-expenditure");
        Assert.Contains("“另见附注”不是此表的行，未读入", problem.Message, StringComparison.Ordinal);
        Assert.Equal("行政运行", Table(result, "general-budget-expenditure").FindRow("f:2010301")!.Label);
    }

    [Fact]
    public void ARowPrintedTwiceWithTheSameFigures_IsNotJoined()
    {
        var text = BrokenTablesDocument.Text().Replace("2089999\t其他社会保障和就业支出\t\t40.00\t", "2089999\t其他社会保障和就业支出\t40.00\t\t", StringComparison.Ordinal);

        var table = Table(Check(text), "expenditure-summary");

        Assert.NotNull(table.FindRow("f:2089999#2"));
    }

    [Fact]
    public void BlankBasicColumn_IsOneFindingPerRule_WithARowForEachPart()
    {
        var text = BrokenTablesDocument.Text()
            .Replace("2010301\t行政运行\t300.00\t300.00\t", "2010301\t行政运行\t300.00\t\t", StringComparison.Ordinal)
            .Replace("2080505\t机关事业单位基本养老保险缴费支出\t60.00\t60.00\t", "2080505\t机关事业单位基本养老保险缴费支出\t60.00\t\t", StringComparison.Ordinal)
            .Replace("2089999\t其他社会保障和就业支出\t\t40.00\t", "2089999\t其他社会保障和就业支出\t\t\t", StringComparison.Ordinal);

        var findings = CheckWithKindsRule(text).Where(f => f.Location.TableId == "expenditure-summary").ToList();

        var grouped = Assert.Single(findings, f => f.RuleId == "kinds");
        Assert.Equal(3, grouped.Parts.Count);
        Assert.Equal(["f:2010301", "f:2089999", "f:2080505"], grouped.Parts.Select(p => p.Location.RowKey));
        Assert.Equal((400m, 0m), (grouped.Stated, grouped.Expected));
        Assert.Null(grouped.Location.RowKey);
        Assert.Contains("《2022年部门支出预算表》“基本支出/小计”列整列为空，而合计有数，共 3 行", grouped.Message, StringComparison.Ordinal);
    }

    /// <param name="blankInTwoRows">True: 基本支出 left blank in two rows only. False: three rows' 合计 simply wrong, beside
    /// 资本性支出, which the rule also reads and which is blank in every row and in the total (nobody has it).</param>
    [Theory]
    [InlineData(true, "", 2)]
    [InlineData(false, " + [@|@|capital]", 3)]
    public void RowsNotFailingForAWholeBlankColumn_StayOneFindingPerRow(bool blankInTwoRows, string moreInTheRule, int rows)
    {
        var text = blankInTwoRows
            ? BrokenTablesDocument.Text()
                .Replace("2010301\t行政运行\t300.00\t300.00\t", "2010301\t行政运行\t300.00\t\t", StringComparison.Ordinal)
                .Replace("2080505\t机关事业单位基本养老保险缴费支出\t60.00\t60.00\t", "2080505\t机关事业单位基本养老保险缴费支出\t60.00\t\t", StringComparison.Ordinal)
            : BrokenTablesDocument.Text()
                .Replace("2010301\t行政运行\t300.00\t300.00\t", "2010301\t行政运行\t301.00\t300.00\t", StringComparison.Ordinal)
                .Replace("2080505\t机关事业单位基本养老保险缴费支出\t60.00\t60.00\t", "2080505\t机关事业单位基本养老保险缴费支出\t61.00\t60.00\t", StringComparison.Ordinal)
                .Replace("2089999\t其他社会保障和就业支出\t40.00\t\t", "2089999\t其他社会保障和就业支出\t41.00\t\t", StringComparison.Ordinal);

        var findings = CheckWithKindsRule(text, moreInTheRule).Where(f => f.Location.TableId == "expenditure-summary" && f.RuleId == "kinds").ToList();

        Assert.Equal(rows, findings.Count);
        Assert.All(findings, f => Assert.Empty(f.Parts));
    }

    /// <summary>The findings with a reviewer's rule that every function row's 合计 is its 基本支出 plus 项目支出 (plus more).</summary>
    private static IReadOnlyList<Core.Checks.Finding> CheckWithKindsRule(string text, string more = "")
    {
        var rule = Core.Checks.RuleFile.Parse($"rule: kinds\ntitle: 合计等于基本支出加项目支出\nformula:\n  forEach [expenditure-summary | fn | total]:\n    [@|@|total] = [@|@|basic] + [@|@|project]{more}\n", "kinds.rules");
        return DocumentCheck.Run(TextDocumentParser.Parse(text, "broken.txt"), null, ShippedRules.All, rule).Findings;
    }

    internal static DocumentCheckResult Check(string text) => Check(TextDocumentParser.Parse(text, "broken.txt"));

    internal static DocumentCheckResult Check(SourceDocument source) => DocumentCheck.Run(source, null, ShippedRules.All, []);

    /// <summary>The table's rows are exactly those BrokenTablesDocument prints, in order, with their figures in their columns and none in any other.</summary>
    internal static void AssertAsPrinted(DocumentCheckResult result, string id)
    {
        var (columns, rows) = BrokenTablesDocument.Expected(id);
        var table = Table(result, id);
        Assert.Equal(rows.Select(r => (r.Key, r.Label)), table.Rows.Select(r => (r.Key, CellText.Clean(r.Label))));
        foreach (var (row, (key, _, cells)) in table.Rows.Zip(rows))
        {
            Assert.Equal(cells, columns.Select(c => row[c]));
            var others = table.ValueColumns.Select(c => c.Key!).Except(columns).Where(c => row[c] is not null).ToList();
            Assert.True(others.Count == 0, $"{key}: figures in {string.Join(", ", others)}");
        }
    }

    internal static Table Table(DocumentCheckResult result, string id) => Assert.Single(result.Recognized.Tables, t => t.Table.Id == id).Table;
}
