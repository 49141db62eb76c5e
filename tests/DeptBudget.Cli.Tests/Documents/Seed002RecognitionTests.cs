using DeptBudget.Cli.Tests.Golden;
using DeptBudget.Core.Documents.Recognition;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// Seed 002 read as published: the recognised tables give exactly the figures of published-cells.tsv, keyed as the
/// derived tables key them (its project rows, printed without codes, are keyed by name: p:NAME for p:CODE).
/// </summary>
public class Seed002RecognitionTests
{
    private static readonly DocumentCheckResult Checked = DocumentCheck.Run(
        SourceDocuments.Read(DocumentSeeds.Path("002")), null, ShippedRules.All, []);

    private static readonly IReadOnlyList<PublishedCell> Published = PublishedFiles.Cells(RepoPaths.File("tests", "DeptBudget.Cli.Tests", "Golden", "xinxiang-2022", "published-cells.tsv"));

    private static readonly Table DerivedProjects = TableDeriver.Derive(
        DatasetJson.ReadFile(RepoPaths.Sample("xinxiang-2022.json")), ShippedClassifications.ForYear(2022), ShippedProfiles.Get("henan-2022"))
        .Single(t => t.Id == StandardTables.Projects);

    [Fact]
    public void Profile_IsChosenByTheTableNumbers()
    {
        Assert.Equal("henan-2022", Checked.Recognized.Profile);
        Assert.Contains("预算03表", Checked.Recognized.ProfileReason, StringComparison.Ordinal);
        Assert.Equal((2022, "新乡市政务服务和大数据管理局", "万元"), (Checked.Recognized.Year, Checked.Recognized.Department, Checked.Recognized.Unit));
    }

    [Fact]
    public void TablesFound_AreTheNinePrintedStandardTables()
    {
        Assert.Equal(
            ["income-expenditure-summary", "income-summary", "expenditure-summary", "fiscal-summary", "general-budget-expenditure",
                "general-budget-basic", "three-public", "government-fund", "projects"],
            Checked.Recognized.Tables.Select(t => t.Table.Id));
        Assert.Equal("economic-summary", Assert.Single(Checked.Recognized.TitlesWithoutTable).TableId);
    }

    [Fact]
    public void EveryPublishedFigure_IsRecognised()
    {
        Assert.True(Published.Count > 200);
        var mismatches = Published
            .Select(p => (Cell: p, Read: Cell(p.Table, RowKey(p.Row), p.Column)))
            .Where(x => x.Read != x.Cell.Value)
            .Select(x => $"{x.Cell.Table} / {x.Cell.Row} / {x.Cell.Column}: published {x.Cell.Value}, read {x.Read}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void EveryRecognisedFigure_IsPublished()
    {
        var extra = new List<string>();
        foreach (var table in Checked.Recognized.Tables.Select(t => t.Table))
        {
            foreach (var row in table.Rows)
            {
                foreach (var (column, value) in row.Cells.Where(c => c.Value is not null))
                {
                    if (!Published.Any(p => p.Table == table.Id && RowKey(p.Row) == row.Key && p.Column == column && p.Value == value))
                    {
                        extra.Add($"{table.Id} / {row.Key} / {column}: read {value}");
                    }
                }
            }
        }

        Assert.Empty(extra);
    }

    [Fact]
    public void ATableInYuan_IsReadInTenThousandYuanExactly()
    {
        var seed = File.ReadAllText(DocumentSeeds.Path("002"));
        var yuan = seed
            .Replace("“三公”经费预算表\n\n部门名称：新乡市政务服务和大数据管理局\n\n单位：万元", "“三公”经费预算表\n\n部门名称：新乡市政务服务和大数据管理局\n\n单位：元", StringComparison.Ordinal)
            .Replace("3.30\t\t2.30\t\t2.30\t1.00", "33,000\t\t23,000.00\t\t２３０００\t10000", StringComparison.Ordinal);
        Assert.NotEqual(seed, yuan);

        var result = DocumentCheck.Run(Core.Documents.TextDocumentParser.Parse(yuan, "yuan.txt"), null, ShippedRules.All, []);

        var row = result.Recognized.Tables.Single(t => t.Table.Id == StandardTables.ThreePublic).Table.FindRow("thisYear")!;
        Assert.Equal((3.30m, 2.30m, 2.30m, 1.00m), (row["total"], row["vehicles"], row["vehicleOperation"], row["reception"]));
    }

    /// <summary>A project row of the golden file (p:CODE) as the document keys it: by its printed name, quotes as printed.</summary>
    private static string RowKey(string publishedKey)
    {
        if (!publishedKey.StartsWith("p:", StringComparison.Ordinal))
        {
            return publishedKey;
        }

        var name = CellText.Label(DerivedProjects.FindRow(publishedKey)!.Label);
        var read = Checked.Recognized.Tables.Single(t => t.Table.Id == StandardTables.Projects).Table.Rows;
        return read.Single(r => r.CodeKind == RowCodeKind.Project && CellText.Label(r.Label) == name).Key;
    }

    private static decimal? Cell(string table, string row, string column) =>
        Checked.Recognized.Tables.SingleOrDefault(t => t.Table.Id == table)?.Table.FindRow(row)?[column];
}
