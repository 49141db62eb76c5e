using System.Globalization;
using System.Text;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;
using DeptBudget.Core.Profiles;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// The published 2024 final accounts (部门决算) of the Putuo finance bureau, read as a PDF: a 决算 document is read
/// with the final-accounts profile, its nine tables recognised with every figure (golden putuo-2024-cells.tsv), and
/// its tables give no error or warning (its narrative's errors are FinalAccountsNarrativeTests'); a text copy with one
/// figure, one total and one “三公” part changed gives each break.
/// </summary>
public class FinalAccountsPutuoTests
{
    private static readonly string PdfPath = RepoPaths.Shared("data", "samples", "putuo-finance-bureau-2024-final-accounts.pdf");
    private static readonly SourceDocument Pdf = SourceDocuments.Read(PdfPath);
    private static readonly DocumentCheckResult Checked = DocumentCheck.Run(Pdf, null, ShippedRules.All, []);

    [Fact]
    public void Profile_IsTheFinalAccountsOne_ChosenByTheTitle()
    {
        Assert.Equal("final-accounts-2024", Checked.Recognized.Profile);
        Assert.Equal(DisclosureKind.FinalAccounts, Checked.Recognized.Kind);
        Assert.Contains("“2024年度部门决算”表明是决算文件", Checked.Recognized.ProfileReason, StringComparison.Ordinal);
    }

    [Fact]
    public void NineTables_AreRecognisedWithTheirRows()
    {
        var rows = Checked.Recognized.Tables.Select(t => $"{t.Table.Id}:{t.Table.Rows.Count}");

        Assert.Equal(
            ["income-expenditure-summary:42", "income-summary:20", "expenditure-summary:20", "fiscal-summary:38", "general-budget-expenditure:20",
                "general-budget-basic:66", "three-public:1", "government-fund:1", "state-capital:1"],
            rows);
        Assert.DoesNotContain(Checked.Recognized.OtherTables, t => t.Text.Contains("决算", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFigureRead_IsTheGolden() =>
        GoldenFile.Verify("tests/DeptBudget.Cli.Tests/Documents/FinalAccounts/putuo-2024-cells.tsv", Cells(Checked));

    [Fact]
    public void TheTables_GiveNoErrorAndNoWarning_OnlyTheNarrativeDoes()
    {
        var serious = Checked.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).Select(f => f.RuleId).ToList();

        Assert.All(serious, r => Assert.StartsWith("narrative-", r, StringComparison.Ordinal));
        Assert.DoesNotContain(Checked.Recognized.Problems, p => !p.IsNotice);
        Assert.DoesNotContain(Checked.Findings, f => f.RuleId == "document-final-accounts-narrative");
    }

    [Fact]
    public void TheFinalAccountsRules_RanOnIt()
    {
        var ran = ShippedRules.All.Where(r => r.Profiles.Contains("final-accounts-2024")).Select(r => r.Id)
            .Except(Checked.Skipped.Select(s => s.RuleId)).ToList();

        Assert.Contains("final-summary-balance", ran);
        Assert.Contains("final-fiscal-balance", ran);
        Assert.Contains("final-basic-equals-general-budget", ran);
        Assert.Contains("final-three-public-budget-total", ran);
    }

    [Fact]
    public void ABrokenTextCopy_FindsEachBreak()
    {
        var text = FinalAccountsText.Of(Pdf)
            .Replace("201\t06\t01\t行政运行\t1,511.89\t1,503.52", "201\t06\t01\t行政运行\t1,511.89\t1,513.52", StringComparison.Ordinal)
            .Replace("总计\t2,995.39\t总计\t2,995.39", "总计\t2,995.49\t总计\t2,995.39", StringComparison.Ordinal)
            .Replace("0.95\t\t\t\t\t\t\t\t\t\t0.95\t", "0.95\t\t\t\t\t\t\t\t\t\t0.85\t", StringComparison.Ordinal);
        Assert.NotEqual(FinalAccountsText.Of(Pdf), text);

        var broken = DocumentCheck.Run(TextDocumentParser.Parse(text, "putuo-broken.txt"), null, ShippedRules.All, []);

        var errors = broken.Findings.Where(f => f.Severity == Severity.Error).Select(f => (f.RuleId, f.Location.TableId, f.Location.RowKey, f.Location.ColumnKey)).ToList();
        Assert.Contains(("final-expenditure-table-columns", "expenditure-summary", "f:2010601", "total"), errors);
        Assert.Contains(("final-summary-totals", "income-expenditure-summary", "incomeTotal", "income"), errors);
        Assert.Contains(("income-equals-expenditure", "income-expenditure-summary", "incomeTotal", "income"), errors);
        Assert.Contains(("final-three-public-budget-total", "three-public", "thisYear", "budgetTotal"), errors);
    }

    [Fact]
    public void TheTextCopy_ReadsAsThePdf()
    {
        var copy = DocumentCheck.Run(TextDocumentParser.Parse(FinalAccountsText.Of(Pdf), "putuo.txt"), null, ShippedRules.All, []);

        Assert.Equal(Cells(Checked), Cells(copy));
        Assert.Equal(Serious(Checked), Serious(copy));
    }

    [Fact]
    public void TheNationalTemplate_ReadsAsEmptyTablesWithoutAnError()
    {
        var template = DocumentCheck.Run(SourceDocuments.Read(RepoPaths.Shared("data", "samples", "national-final-accounts-template-2024.pdf")), null, ShippedRules.All, []);

        Assert.Equal("final-accounts-2024", template.Recognized.Profile);
        Assert.Equal(9, template.Recognized.Tables.Count);
        Assert.All(template.Recognized.Tables, t => Assert.True(t.Table.IsEmpty, t.Table.Id));
        Assert.DoesNotContain(template.Findings, f => f.Severity == Severity.Error);

        // Its codes are printed whole in one 科目编码 column (30101, 2050205), and read so. Only the two fund tables,
        // whose 合计 row is printed on the line of the 本年支出 sub-headers, still give warnings.
        Assert.Equal(
            ["government-fund", "state-capital"],
            template.Findings.Where(f => f.Severity == Severity.Warning).Select(f => f.Location.TableId).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(template.Findings, f => f.RuleId == "document-tables-without-figures" && f.Message.Contains("9 张标准表都没有数字", StringComparison.Ordinal));
    }

    [Fact]
    public void CodesPrintedWholeInOneColumn_AreReadAsTheTemplatePrintsThem()
    {
        const string Text = "# 某局\n\n# 2024年度部门决算\n\n一般公共预算财政拨款支出决算表\n\n单位：万元\n\n"
            + "功能分类科目代码\t科目名称\t合计\t基本支出\t项目支出\n"
            + "201\t一般公共服务支出\t30.00\t20.00\t10.00\n"
            + "20106\t财政事务\t30.00\t20.00\t10.00\n"
            + "2010601\t行政运行\t30.00\t20.00\t10.00\n"
            + "\t合计\t30.00\t20.00\t10.00\n";

        var result = DocumentCheck.Run(TextDocumentParser.Parse(Text, "a.txt"), null, ShippedRules.All, []);

        var table = Assert.Single(result.Recognized.Tables).Table;
        Assert.Equal(["f:201", "f:20106", "f:2010601", "total"], table.Rows.Select(r => r.Key));
        Assert.Equal(20.00m, table.FindRow("f:2010601")!["basic"]);
        Assert.DoesNotContain(result.Findings, f => f.Severity is Severity.Error or Severity.Warning);
    }

    private static List<(string RuleId, string? Source)> Serious(DocumentCheckResult result) =>
        [.. result.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).Select(f => (f.RuleId, f.Location.Source))];

    /// <summary>Every figure read: table, row key, column key, value; tab-separated, in reading order.</summary>
    private static string Cells(DocumentCheckResult result)
    {
        var text = new StringBuilder("# table\trow\tcolumn\tread\n");
        foreach (var table in result.Recognized.Tables.Select(t => t.Table))
        {
            foreach (var row in table.Rows)
            {
                foreach (var (column, value) in row.Cells.Where(c => c.Value is not null))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{table.Id}\t{row.Key}\t{column}\t{value}\n");
                }
            }
        }

        return text.ToString();
    }
}
