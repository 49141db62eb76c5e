using DeptBudget.Core.Checks;
using DeptBudget.Formats.Checks;

namespace DeptBudget.Formats.Tests.Checks;

/// <summary>
/// The built-in rules that are not “this cell equals that one” (≤, shares, 跨年 notices): each fires once on a
/// changed cell, with its own severity, at the cell or forEach row it names.
/// </summary>
public sealed class KeyFigureRuleTests
{
    /// <summary>rule, profile, with last year's tables, changed cell (table, row, column), change, severity, row the finding names.</summary>
    public static TheoryData<string, string, bool, string, string, string, decimal, Severity, string> Cases { get; } = new()
    {
        { "agency-costs-within-operating", SampleTables.Henan, false, "key-figures", "agencyOperatingCosts", "thisYear", 100m, Severity.Error, "agencyOperatingCosts" },
        { "key-figure-shares-add-up", SampleTables.Henan, false, "key-figures", "personnel", "share", 1m, Severity.Error, "basic" },
        { "key-figure-shares-add-up", SampleTables.Hubei, false, "key-figures", "revenue:business", "share", 0.04m, Severity.Error, "revenueThisYear" },
        { "fiscal-carry-over-within-summary", SampleTables.Hubei, false, "fiscal-summary", "fiscal:carryOver", "fiscalIncome", 20m, Severity.Error, "fiscal:carryOver" },
        { "hubei-three-public-last-year", SampleTables.Hubei, true, "three-public", "lastYear", "reception", 1m, Severity.Error, "lastYear" },
        { "agency-costs-change", SampleTables.Hubei, false, "key-figures", "agencyOperatingCosts", "changePct", 50m, Severity.Notice, "agencyOperatingCosts" },
        { "three-public-growth", SampleTables.Hubei, false, "key-figures", "threePublic", "change", 5m, Severity.Warning, "threePublic" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_FiresOnceOnTheChangedFigure(string rule, string profile, bool lastYear, string table, string row, string column, decimal delta, Severity severity, string foundRow)
    {
        var tables = lastYear ? SampleTables.WithLastYear(profile) : SampleTables.Of(profile);
        var (changed, _) = SampleTables.Mutate(tables, table, row, column, delta);

        var findings = CheckRun.Run(changed, ShippedRules.All, profile).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == rule);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal((table, foundRow, column), (finding.Location.TableId, finding.Location.RowKey, finding.Location.ColumnKey));
    }

    [Fact]
    public void ThreePublicLastYear_ComparesWithLastYearsThisYearRow()
    {
        var (tables, old) = SampleTables.Mutate(SampleTables.WithLastYear(SampleTables.Hubei), "three-public", "lastYear", "reception", 1m);

        var finding = Assert.Single(CheckRun.Run(tables, ShippedRules.All, SampleTables.Hubei).Findings, f => f.RuleId == "hubei-three-public-last-year");

        Assert.Equal((old + 1m, old, 1m), (finding.Stated, finding.Expected, finding.Difference));
    }

    [Fact]
    public void SharesWithinOneCentPerPart_AreNoFinding()
    {
        var (tables, _) = SampleTables.Mutate(SampleTables.Henan, "key-figures", "personnel", "share", 0.02m);

        Assert.DoesNotContain(CheckRun.Run(tables, ShippedRules.All, SampleTables.Henan).Findings, f => f.RuleId == "key-figure-shares-add-up");
    }

    [Fact]
    public void NoLastYearGiven_GivesNoChangeFinding()
    {
        var (tables, _) = SampleTables.Mutate(SampleTables.Henan, "key-figures", "basic", "thisYear", 0m);

        Assert.DoesNotContain(CheckRun.Run(tables, ShippedRules.All, SampleTables.Henan).Findings, f => f.RuleId is "key-figure-change" or "key-figure-change-pct");
        Assert.Null(tables.Single(t => t.Id == "key-figures").FindRow("basic")!["lastYear"]);
    }

    [Fact]
    public void LastYearGivenAsZero_ChangeIsThisYear()
    {
        // 上年 0 is given, unlike an empty cell: the change must then be the whole of this year's figure.
        var (tables, _) = SampleTables.Mutate(SampleTables.Henan, "key-figures", "basic", "lastYear", 0m);
        var thisYear = tables.Single(t => t.Id == "key-figures").FindRow("basic")!["thisYear"];

        var finding = Assert.Single(CheckRun.Run(tables, ShippedRules.All, SampleTables.Henan).Findings, f => f.RuleId == "key-figure-change");

        Assert.Equal((0m, thisYear), (finding.Stated, finding.Expected));
    }
}
