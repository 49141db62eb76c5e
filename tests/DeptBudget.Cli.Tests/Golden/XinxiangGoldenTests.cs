using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Golden;

/// <summary>
/// The Xinxiang 2022 sample's derived tables reproduce every figure of seed 002's published tables,
/// except the published figures a reviewer found wrong (published-errors.tsv), which differ exactly there.
/// </summary>
public class XinxiangGoldenTests
{
    private static readonly IReadOnlyList<Table> Derived = TableDeriver.Derive(
        DatasetJson.ReadFile(RepoPaths.Sample("xinxiang-2022.json")),
        ShippedClassifications.ForYear(2022),
        ShippedProfiles.Get("henan-2022"));

    private static readonly IReadOnlyList<PublishedCell> Published = PublishedFiles.Cells(RepoPaths.File("tests", "DeptBudget.Cli.Tests", "Golden", "xinxiang-2022", "published-cells.tsv"));
    private static readonly IReadOnlyList<PublishedError> Errors = PublishedFiles.Errors(RepoPaths.File("tests", "DeptBudget.Cli.Tests", "Golden", "xinxiang-2022", "published-errors.tsv"));

    [Fact]
    public void EveryPublishedFigure_IsDerived()
    {
        Assert.True(Published.Count > 200, "the published cells file lists every figure of seed 002's tables");
        var mismatches = new List<string>();
        foreach (var cell in Published)
        {
            var derived = Cell(cell.Table, cell.Row, cell.Column);
            var known = Errors.FirstOrDefault(e => e.Table == cell.Table && e.Row == cell.Row && e.Column == cell.Column);
            var expected = known is null ? cell.Value : known.Derived;
            if (derived != expected)
            {
                mismatches.Add($"{cell.Table} / {cell.Row} / {cell.Column}: published {cell.Value}, derived {derived}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void EveryDerivedFigure_IsPublished()
    {
        var unpublishedTables = Errors.Where(e => e.Row == "*").Select(e => e.Table).ToHashSet();
        var extra = new List<string>();
        foreach (var table in Derived.Where(t => !unpublishedTables.Contains(t.Id)))
        {
            foreach (var row in table.Rows)
            {
                foreach (var (column, value) in row.Cells.Where(c => c.Value is not null))
                {
                    var published = Published.Any(p => p.Table == table.Id && p.Row == row.Key && p.Column == column);
                    var known = Errors.Any(e => e.Table == table.Id && e.Row == row.Key && e.Column == column && e.Published is null && e.Derived == value);
                    if (!published && !known)
                    {
                        extra.Add($"{table.Id} / {row.Key} / {column}: derived {value}, not in the published table");
                    }
                }
            }
        }

        Assert.Empty(extra);
    }

    [Fact]
    public void KnownPublishedErrors_AreExactlyWhereTheReviewerFoundThem()
    {
        foreach (var error in Errors.Where(e => e.Row != "*"))
        {
            Assert.Equal(error.Derived, Cell(error.Table, error.Row, error.Column));
            var published = Published.SingleOrDefault(p => p.Table == error.Table && p.Row == error.Row && p.Column == error.Column);
            Assert.Equal(error.Published, published?.Value);
        }
    }

    [Fact]
    public void TableSet_FollowsSeed002()
    {
        Assert.Equal(
            ["预算01表", "预算02表", "预算03表", "预算04表", "预算05表", "预算06表", "预算07表", "预算08表", "预算09表", "预算10表"],
            Derived.Select(t => t.Number));
        var fund = Derived.Single(t => t.Id == StandardTables.GovernmentFund);
        Assert.True(fund.IsEmpty);
        Assert.Equal("说明：我单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。", fund.Notes[0]);
    }

    private static decimal? Cell(string table, string row, string column) =>
        Derived.Single(t => t.Id == table).FindRow(row)?[column];
}
