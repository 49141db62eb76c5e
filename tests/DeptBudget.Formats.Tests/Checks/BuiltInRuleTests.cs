using DeptBudget.Core.Checks;
using DeptBudget.Formats.Checks;

namespace DeptBudget.Formats.Tests.Checks;

public sealed class BuiltInRuleTests
{
    /// <summary>rule, profile of the sample, and the cell increased by 1 (it is the cell the finding names).</summary>
    public static TheoryData<string, string, string, string, string> Mutations { get; } = new()
    {
        { "fn-total-equals-rows", SampleTables.Henan, "expenditure-summary", "total", "projectOther" },
        { "fn-class-equals-children", SampleTables.Hubei, "expenditure-summary", "f:205", "total" },
        { "economic-total-equals-rows", SampleTables.Henan, "general-budget-basic", "total", "personnel" },
        { "basic-table-personnel-plus-operating", SampleTables.Hubei, "general-budget-basic", "e:30101", "total" },
        { "henan-basic-equals-parts", SampleTables.Henan, "general-budget-expenditure", "f:2010301", "basic" },
        { "henan-project-equals-parts", SampleTables.Henan, "expenditure-summary", "total", "project" },
        { "henan-total-equals-kinds", SampleTables.Henan, "expenditure-summary", "f:2010301", "total" },
        { "hubei-basic-equals-parts", SampleTables.Hubei, "general-budget-expenditure", "total", "basic" },
        { "hubei-total-equals-kinds", SampleTables.Hubei, "expenditure-summary", "f:2050101", "total" },
        { "hubei-total-equals-basic-plus-project", SampleTables.Hubei, "general-budget-expenditure", "f:2050101", "total" },
        { "income-equals-expenditure", SampleTables.Henan, "income-expenditure-summary", "incomeTotal", "income" },
        { "fiscal-income-equals-expenditure", SampleTables.Hubei, "fiscal-summary", "fiscal:incomeTotal", "fiscalIncome" },
        { "three-public-total", SampleTables.Hubei, "three-public", "lastYear", "total" },
        { "three-public-vehicles", SampleTables.Henan, "three-public", "thisYear", "vehicles" },
        { "summary-expenditure-equals-expenditure-table", SampleTables.Henan, "income-expenditure-summary", "thisYearExpenditure", "expenditure" },
        { "general-budget-equals-fiscal", SampleTables.Hubei, "general-budget-expenditure", "total", "total" },
        { "basic-table-equals-general-budget-basic", SampleTables.Henan, "general-budget-basic", "total", "total" },
        { "projects-equal-expenditure-project", SampleTables.Hubei, "projects", "total", "total" },
        { "summary-expenditure-equals-classes", SampleTables.Hubei, "income-expenditure-summary", "thisYearExpenditure", "expenditure" },
        { "fiscal-expenditure-equals-classes", SampleTables.Henan, "fiscal-summary", "fiscal:thisYearExpenditure", "fiscalAppropriation" },
        { "fiscal-columns-add-up", SampleTables.Hubei, "fiscal-summary", "f:205", "fiscalTotal" },
        { "summary-income-equals-income-table", SampleTables.Hubei, "income-expenditure-summary", "incomeTotal", "income" },
        { "economic-class-equals-items", SampleTables.Hubei, "general-budget-basic", "e:301", "operating" },
        { "henan-economic-summary-rows", SampleTables.Henan, "economic-summary", "total", "project" },
        { "henan-economic-summary-columns", SampleTables.Henan, "economic-summary", "g:50205", "total" },
        { "henan-economic-summary-equals-expenditure-table", SampleTables.Henan, "economic-summary", "total", "basic" },
        { "summary-income-rows-add-up", SampleTables.Henan, "income-expenditure-summary", "thisYearIncome", "income" },
        { "summary-totals", SampleTables.Henan, "income-expenditure-summary", "expenditureTotal", "expenditure" },
        { "summary-income-by-source", SampleTables.Hubei, "income-expenditure-summary", "income:business", "income" },
        { "unit-rows-add-up", SampleTables.Henan, "general-budget-expenditure", "unit:118", "wages" },
        { "listed-total-equals-rows", SampleTables.Hubei, "income-summary", "total", "business" },
        { "procurement-quantity-times-price", SampleTables.Hubei, "procurement", "unit:301001/line:2", "amount" },
        { "procurement-kinds", SampleTables.Hubei, "procurement", "unit:301002", "amount" },
        { "procurement-totals", SampleTables.Hubei, "procurement", "total", "micro" },
        { "procurement-sme-within-amount", SampleTables.Hubei, "procurement", "unit:301002/line:1", "micro" },
        { "henan-carry-over-equals-income-table", SampleTables.Henan, "income-expenditure-summary", "carryOverIncome", "income" },
        { "hubei-carry-over-equals-income-table", SampleTables.Hubei, "income-expenditure-summary", "carryOverIncome", "income" },
        { "henan-fiscal-carry-over-by-source", SampleTables.Henan, "fiscal-summary", "fiscal:carryOver:governmentFund", "fiscalIncome" },
        { "key-figure-change-pct", SampleTables.Hubei, "key-figures", "threePublic", "changePct" },
        { "key-figure-change", SampleTables.Hubei, "key-figures", "revenueTotal", "change" },
    };

    [Theory]
    [InlineData(SampleTables.Henan)]
    [InlineData(SampleTables.Hubei)]
    public void DerivedTables_OfTheSamples_GiveNoFinding(string profile) =>
        Assert.Empty(CheckRun.Run(SampleTables.WithLastYear(profile), ShippedRules.All, profile).Findings);

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Rule_FiresOnceAtTheChangedCell(string rule, string profile, string table, string row, string column)
    {
        var (tables, old) = SampleTables.Mutate(profile, table, row, column, 1m);

        var findings = CheckRun.Run(tables, ShippedRules.All, profile).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((table, row, column), (finding.Location.TableId, finding.Location.RowKey, finding.Location.ColumnKey));
        Assert.Equal((old + 1m, old, 1m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Contains("多 1.00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBuiltInRule_HasAMutationTest()
    {
        var tested = Mutations.Select(row => (string)row[0]).Concat(KeyFigureRuleTests.Cases.Select(row => (string)row[0]))
            .Concat(Documents.FinalAccountsRuleTests.Cases.Select(row => (string)row[0])).ToHashSet();

        var untested = ShippedRules.All.Select(r => r.Id).Except(tested).ToList();

        Assert.True(untested.Count == 0, "no mutation test: " + string.Join(", ", untested));
    }

    [Fact]
    public void OneCentOffASumOfManyRows_IsRounding()
    {
        var (tables, _) = SampleTables.Mutate(SampleTables.Henan, "expenditure-summary", "total", "projectOther", 0.01m);

        var finding = Assert.Single(CheckRun.Run(tables, ShippedRules.All, SampleTables.Henan).Findings, f => f.RuleId == "fn-total-equals-rows");

        Assert.Equal(Severity.Rounding, finding.Severity);
        Assert.Equal(0.01m, finding.Difference);
    }
}
