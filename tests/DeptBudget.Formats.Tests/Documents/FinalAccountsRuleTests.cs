using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Tests.Checks;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// The final-accounts rules (data/rules/final-accounts.rules) over the tables read from the Putuo 2024 final
/// accounts: none fires on the clean tables, and each fires once at a cell increased by 1.
/// </summary>
public sealed class FinalAccountsRuleTests
{
    private const string Profile = "final-accounts-2024";

    private static readonly Lazy<IReadOnlyList<Table>> Putuo = new(() => DocumentCheck.Run(
        SourceDocuments.Read(RepoPaths.Shared("data", "samples", "putuo-finance-bureau-2024-final-accounts.pdf")), null, ShippedRules.All, [])
        .Recognized.Tables.Select(t => t.Table).ToList());

    /// <summary>rule, and the cell increased by 1 (the cell the finding names).</summary>
    public static TheoryData<string, string, string, string> Cases { get; } = new()
    {
        { "final-income-table-columns", "income-summary", "f:2010601", "total" },
        { "final-income-table-total", "income-summary", "total", "other" },
        { "final-income-table-rows", "income-summary", "f:201", "fiscal" },
        { "final-expenditure-table-columns", "expenditure-summary", "f:2010601", "total" },
        { "final-basic-plus-project", "general-budget-expenditure", "f:2010601", "total" },
        { "final-fund-balance", "government-fund", "total", "yearEndBalance" },
        { "final-state-capital-total", "state-capital", "total", "project" },
        { "final-state-capital-children", "state-capital", "f:201", "basic" },
        { "final-summary-totals", "income-expenditure-summary", "incomeTotal", "income" },
        { "final-summary-balance", "income-expenditure-summary", "yearEndBalance", "expenditure" },
        { "final-fiscal-income", "fiscal-summary", "fiscal:incomeTotal", "fiscalIncome" },
        { "final-fiscal-expenditure-total", "fiscal-summary", "fiscal:expenditureTotal", "fiscalGeneralBudget" },
        { "final-fiscal-balance", "fiscal-summary", "fiscal:yearEnd", "fiscalTotal" },
        { "final-summary-fiscal-income", "income-expenditure-summary", "income:generalBudget", "income" },
        { "final-summary-equals-income-table", "income-expenditure-summary", "thisYearIncome", "income" },
        { "final-income-table-by-source", "income-summary", "total", "fiscal" },
        { "final-basic-sides", "general-budget-basic", "personnelTotal", "personnel" },
        { "final-basic-equals-general-budget", "general-budget-expenditure", "total", "basic" },
        { "final-three-public-budget-total", "three-public", "thisYear", "budgetTotal" },
        { "final-three-public-budget-vehicles", "three-public", "thisYear", "budgetVehicles" },
    };

    [Fact]
    public void ThePutuoTables_GiveNoErrorOrWarning()
    {
        var findings = CheckRun.RunOnDocument(Putuo.Value, ShippedRules.All, [], Profile).Findings;

        Assert.DoesNotContain(findings, f => f.Severity is Severity.Error or Severity.Warning);
    }

    [Fact]
    public void EveryFinalAccountsRule_HasACase() =>
        Assert.Equal(
            ShippedRules.All.Where(r => r.Profiles.Contains(Profile)).Select(r => r.Id).Order(StringComparer.Ordinal),
            Cases.Select(c => (string)c[0]).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_FiresOnceAtTheChangedCell(string rule, string table, string row, string column)
    {
        var (mutated, old) = SampleTables.Mutate(table == StandardTables.StateCapital ? WithStateCapitalRows() : Putuo.Value, table, row, column, 1m);
        var tables = mutated.Select(t => t.Id == table ? t with { IsEmpty = false } : t).ToList();

        var findings = CheckRun.RunOnDocument(tables, ShippedRules.All, [], Profile).Findings;

        // The clean tables' rounding differences (0.01) stay; the change is the one error of the rule.
        var finding = Assert.Single(findings, f => f.RuleId == rule && f.Severity == Severity.Error);
        Assert.Equal((table, row, column), (finding.Location.TableId, finding.Location.RowKey, finding.Location.ColumnKey));
        Assert.Equal((old + 1m, old, 1m), (finding.Stated, finding.Expected, finding.Difference));
    }

    /// <summary>
    /// Putuo's tables, its empty 国有资本经营 table replaced by its 一般公共预算 rows (the same total, basic and project
    /// columns), so that the state-capital rules have rows to break.
    /// </summary>
    private static List<Table> WithStateCapitalRows() =>
        Putuo.Value.Select(t => t.Id == StandardTables.StateCapital ? Putuo.Value.Single(g => g.Id == StandardTables.GeneralBudgetExpenditure) with { Id = StandardTables.StateCapital } : t).ToList();
}
