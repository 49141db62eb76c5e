using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Tests.Checks;

namespace DeptBudget.Formats.Tests.Tables;

public sealed class KeyFiguresTests
{
    /// <summary>profile, key figure, and the table cell that prints the same figure (procurement in 元).</summary>
    public static TheoryData<string, string, string, string, string> Printed { get; } = new()
    {
        { SampleTables.Henan, "revenueTotal", "income-expenditure-summary", "incomeTotal", "income" },
        { SampleTables.Henan, "expenditureTotal", "income-expenditure-summary", "expenditureTotal", "expenditure" },
        { SampleTables.Henan, "revenueThisYear", "income-expenditure-summary", "thisYearIncome", "income" },
        { SampleTables.Henan, "revenue:generalBudget", "income-summary", "total", "generalBudget" },
        { SampleTables.Henan, "carryOver", "income-expenditure-summary", "carryOverIncome", "income" },
        { SampleTables.Henan, "expenditureThisYear", "expenditure-summary", "total", "total" },
        { SampleTables.Henan, "basic", "expenditure-summary", "total", "basic" },
        { SampleTables.Henan, "project", "expenditure-summary", "total", "project" },
        { SampleTables.Henan, "personnel", "general-budget-basic", "total", "personnel" },
        { SampleTables.Henan, "operating", "economic-summary", "total", "operating" },
        { SampleTables.Henan, "fiscalAppropriation", "fiscal-summary", "fiscal:incomeTotal", "fiscalIncome" },
        { SampleTables.Henan, "generalBudget", "general-budget-expenditure", "total", "total" },
        { SampleTables.Henan, "class:201", "fiscal-summary", "f:201", "fiscalGeneralBudget" },
        { SampleTables.Henan, "class:210", "income-expenditure-summary", "f:210", "expenditure" },
        { SampleTables.Henan, "governmentFund", "government-fund", "total", "total" },
        { SampleTables.Henan, "threePublic", "three-public", "thisYear", "total" },
        { SampleTables.Henan, "vehicleOperation", "three-public", "thisYear", "vehicleOperation" },
        { SampleTables.Henan, "reception", "three-public", "thisYear", "reception" },
        { SampleTables.Hubei, "revenueTotal", "income-summary", "total", "total" },
        { SampleTables.Hubei, "revenueThisYear", "income-expenditure-summary", "thisYearIncome", "income" },
        { SampleTables.Hubei, "revenue:business", "income-summary", "total", "business" },
        { SampleTables.Hubei, "revenue:businessOperation", "income-expenditure-summary", "income:businessOperation", "income" },
        { SampleTables.Hubei, "carryOver", "income-summary", "total", "carryOver" },
        { SampleTables.Hubei, "expenditureThisYear", "expenditure-summary", "total", "total" },
        { SampleTables.Hubei, "basic", "expenditure-summary", "total", "basic" },
        { SampleTables.Hubei, "project", "projects", "total", "total" },
        { SampleTables.Hubei, "personnel", "general-budget-expenditure", "total", "personnel" },
        { SampleTables.Hubei, "operating", "general-budget-basic", "total", "operating" },
        { SampleTables.Hubei, "fiscalAppropriation", "fiscal-summary", "fiscal:expenditureTotal", "fiscalTotal" },
        { SampleTables.Hubei, "generalBudget", "fiscal-summary", "fiscal:thisYearExpenditure", "fiscalGeneralBudget" },
        { SampleTables.Hubei, "class:205", "general-budget-expenditure", "f:205", "total" },
        { SampleTables.Hubei, "class:221", "fiscal-summary", "f:221", "fiscalGeneralBudget" },
        { SampleTables.Hubei, "threePublic", "three-public", "thisYear", "total" },
        { SampleTables.Hubei, "vehicles", "three-public", "thisYear", "vehicles" },
        { SampleTables.Hubei, "procurement", "procurement", "total", "amount" },
        { SampleTables.Hubei, "procurementGoods", "procurement", "total", "goods" },
        { SampleTables.Hubei, "procurementServices", "procurement", "total", "services" },
        { SampleTables.Hubei, "procurementSme", "procurement", "total", "sme" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void ThisYear_IsTheFigureTheTablesPrint(string profile, string key, string table, string row, string column)
    {
        var printed = SampleTables.Of(profile).Single(t => t.Id == table);
        var expected = printed.FindRow(row)![column] ?? 0m;

        var figure = KeyFigure(profile, key, "thisYear");

        Assert.Equal(printed.Unit == TableUnit.Yuan ? expected / 10_000m : expected, figure);
    }

    [Fact]
    public void Xinxiang_QuotesTheSeedDocumentsFigures()
    {
        Assert.Equal((1352.27m, 1631.98m, -279.71m, -17.14m), Figures(SampleTables.Henan, "revenueTotal"));
        Assert.Equal((953.86m, 70.54m, "expenditureThisYear"), Share(SampleTables.Henan, "basic"));
        Assert.Equal((398.41m, 29.46m, "expenditureThisYear"), Share(SampleTables.Henan, "project"));
        Assert.Equal((884.87m, 92.77m, "basic"), Share(SampleTables.Henan, "personnel"));
        Assert.Equal((68.99m, 7.23m, "basic"), Share(SampleTables.Henan, "operating"));
        Assert.Equal((1193.81m, 88.28m, "generalBudget"), Share(SampleTables.Henan, "class:201"));
    }

    [Fact]
    public void Jiangcheng_DatasetOnlyFiguresAndLastYear()
    {
        Assert.Equal((23.3m, 22.4m, 0.9m, 4.02m), Figures(SampleTables.Hubei, "agencyOperatingCosts"));
        Assert.Equal((23m, 20m, 3m, 15m), Figures(SampleTables.Hubei, "purchasedServices"));
        Assert.Equal((6.8m, 7.6m, -0.8m, -10.53m), Figures(SampleTables.Hubei, "threePublic"));
        Assert.Equal((22.5m, 13.4m, 9.1m, 67.91m), Figures(SampleTables.Hubei, "class:221"));
        Assert.Equal((55m, 100m, "procurement"), Share(SampleTables.Hubei, "procurementSme"));
        Assert.Equal((10m, 1.68m, "revenueThisYear"), Share(SampleTables.Hubei, "revenue:business"));
    }

    [Fact]
    public void ThreePublicLastYear_ComesFromTheDatasetWhereTheTablePrintsNone()
    {
        Assert.Null(SampleTables.Of(SampleTables.Henan).Single(t => t.Id == "three-public").FindRow("lastYear"));

        Assert.Equal((3.3m, 3.3m, 0m, 0m), Figures(SampleTables.Henan, "threePublic"));
    }

    [Fact]
    public void Derive_HasTheContractsRowsColumnsAndTitle()
    {
        var table = KeyFiguresOf(SampleTables.Hubei);

        Assert.Equal(("key-figures", "主要数据", "江城区教育局2023年主要数据"), (table.Id, table.Number, table.Title));
        Assert.Equal(["thisYear", "lastYear", "change", "changePct", "share"], table.ValueColumns.Select(c => c.Key));
        Assert.Equal(
            [
                "revenueTotal", "expenditureTotal", "revenueThisYear", "revenue:generalBudget", "revenue:business", "revenue:businessOperation",
                "carryOver", "expenditureThisYear", "basic", "personnel", "operating", "project", "fiscalAppropriation", "generalBudget",
                "class:205", "class:208", "class:210", "class:221", "governmentFund", "stateCapital", "threePublic", "abroad", "vehicles",
                "vehiclePurchase", "vehicleOperation", "reception", "agencyOperatingCosts", "procurement", "procurementGoods",
                "procurementWorks", "procurementServices", "procurementSme", "purchasedServices",
            ],
            table.Rows.Select(r => r.Key));
        Assert.DoesNotContain(StandardTables.KeyFigures, StandardTables.All);
    }

    [Theory]
    [InlineData(SampleTables.Henan)]
    [InlineData(SampleTables.Hubei)]
    public void FromTheTablesAlone_EveryFigureATableHoldsIsThere(string profile)
    {
        var tables = SampleTables.Of(profile).Where(t => t.Id != StandardTables.KeyFigures).ToList();
        var withDataset = KeyFiguresOf(profile);

        var alone = KeyFigures.Derive(tables, null);

        Assert.Equal(withDataset.Title, alone.Title);
        var datasetOnly = new HashSet<string> { "agencyOperatingCosts", "purchasedServices" };
        if (profile == SampleTables.Henan)
        {
            datasetOnly.UnionWith(["procurement", "procurementGoods", "procurementWorks", "procurementServices", "procurementSme"]);
        }

        foreach (var row in withDataset.Rows)
        {
            var expected = datasetOnly.Contains(row.Key) ? null : row["thisYear"];
            Assert.True(expected == alone.FindRow(row.Key)?["thisYear"], $"{row.Key}: {expected} ≠ {alone.FindRow(row.Key)?["thisYear"]}");
        }

        Assert.All(alone.Rows.Where(r => r.Key != "threePublic" && !r.Key.StartsWith("vehicle", StringComparison.Ordinal) && r.Key is not ("abroad" or "reception")), r => Assert.Null(r["lastYear"]));
    }

    [Fact]
    public void OneUnitsKeyFigures_AreNamedAndScopedAsItsTables()
    {
        var dataset = SampleTables.Dataset(SampleTables.Hubei);
        var tables = TableDeriver.Derive(dataset, ShippedClassifications.ForYear(2023), ShippedProfiles.Get(SampleTables.Hubei), "301002");

        var unit = KeyFigures.Derive(tables, DatasetScope.ToUnit(dataset, "301002"));

        Assert.Equal("江城区教学研究室2023年主要数据", unit.Title);
        Assert.Equal((8m, null), (unit.FindRow("purchasedServices")!["thisYear"], unit.FindRow("purchasedServices")!["lastYear"]));
        Assert.Equal((0.5m, 0.6m), (unit.FindRow("threePublic")!["thisYear"], unit.FindRow("threePublic")!["lastYear"]));
    }

    [Fact]
    public void NoTablesAndNoDataset_GiveEveryFixedRowEmpty()
    {
        var table = KeyFigures.Derive([], null);

        Assert.Equal("主要数据", table.Title);
        Assert.Equal(26, table.Rows.Count);
        Assert.DoesNotContain(table.Rows, r => r.Key.Contains(':', StringComparison.Ordinal));
        Assert.All(table.Rows, r => Assert.All(r.Cells.Values, Assert.Null));
    }

    [Fact]
    public void LastYearNotGiven_LeavesChangeAndPercentEmpty_AndZeroLastYearHasNoPercent()
    {
        Assert.Equal((0m, null, null, null), Figures(SampleTables.Henan, "carryOver"));
        Assert.Equal((953.86m, null, null, null), Figures(SampleTables.Henan, "basic"));
        Assert.Equal((0m, 0m, 0m, null), Figures(SampleTables.Henan, "governmentFund"));
    }

    private static Table KeyFiguresOf(string profile) => SampleTables.Of(profile).Single(t => t.Id == StandardTables.KeyFigures);

    private static decimal? KeyFigure(string profile, string key, string column) =>
        (KeyFiguresOf(profile).FindRow(key) ?? throw new ArgumentException("no key figure " + key))[column];

    private static (decimal?, decimal?, decimal?, decimal?) Figures(string profile, string key) =>
        (KeyFigure(profile, key, "thisYear"), KeyFigure(profile, key, "lastYear"), KeyFigure(profile, key, "change"), KeyFigure(profile, key, "changePct"));

    private static (decimal?, decimal?, string?) Share(string profile, string key) =>
        (KeyFigure(profile, key, "thisYear"), KeyFigure(profile, key, "share"), KeyFiguresOf(profile).FindRow(key)!.Texts.GetValueOrDefault("shareOf"));
}
