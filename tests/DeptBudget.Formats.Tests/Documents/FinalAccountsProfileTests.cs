using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Tests.Checks;
using ColumnSpec = DeptBudget.Core.Profiles.ColumnSpec;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// The final-accounts-2024 profile: its kind, its 决算 titles, and its document-only columns, derived from a budget
/// dataset as blank while the columns a budget fills are the budget tables' figures.
/// </summary>
public sealed class FinalAccountsProfileTests
{
    private static readonly Profile Final = ShippedProfiles.Get("final-accounts-2024");

    [Fact]
    public void Kinds_OfTheShippedProfiles()
    {
        Assert.Equal(DisclosureKind.FinalAccounts, Final.Kind);
        Assert.Equal(DisclosureKind.Budget, ShippedProfiles.Get("henan-2022").Kind);
        Assert.Equal(DisclosureKind.Budget, ShippedProfiles.Get("hubei-2023").Kind);
    }

    [Theory]
    [InlineData("收入支出决算总表", "income-expenditure-summary")]
    [InlineData("2024年度收入决算表", "income-summary")]
    [InlineData("支出决算表", "expenditure-summary")]
    [InlineData("财政拨款收入支出决算总表", "fiscal-summary")]
    [InlineData("一般公共预算财政拨款支出决算表", "general-budget-expenditure")]
    [InlineData("一般公共预算财政拨款基本支出决算表", "general-budget-basic")]
    [InlineData("财政拨款“三公”经费支出决算表", "three-public")]
    [InlineData("政府性基金预算财政拨款收入支出决算表", "government-fund")]
    [InlineData("国有资本经营预算财政拨款收入支出决算表", "state-capital")]
    [InlineData("2022年部门支出预算表", "expenditure-summary")]
    [InlineData("2022年一般公共预算“三公”经费预算表", "three-public")]
    public void Titles_NameTheirTables(string title, string id) =>
        Assert.Equal(id, ShippedDocumentVocabulary.Vocabulary.TableOf(title));

    [Fact]
    public void DerivedFromABudget_DocumentOnlyColumnsAreBlank_AndTheOthersAreTheBudgetsFigures()
    {
        var dataset = SampleTables.Dataset(SampleTables.Hubei);
        var budget = SampleTables.Of(SampleTables.Hubei);
        var final = TableDeriver.Derive(dataset, ShippedClassifications.ForYear(2023), Final);
        Table Of(IReadOnlyList<Table> tables, string id) => tables.Single(t => t.Id == id);

        var threePublic = Of(final, StandardTables.ThreePublic).FindRow("thisYear")!;
        var budgetThreePublic = Of(budget, StandardTables.ThreePublic).FindRow("thisYear")!;
        Assert.True(budgetThreePublic["reception"] > 0);
        Assert.Equal(budgetThreePublic["reception"], threePublic["budgetReception"]);
        Assert.Equal(budgetThreePublic["total"], threePublic["budgetTotal"]);
        Assert.True(threePublic["reception"] is null or 0m, "决算数 is not derived from a budget");
        Assert.All(Of(final, StandardTables.GovernmentFund).Rows, r => Assert.True(r["yearEndBalance"] is null or 0m));
        Assert.Equal(Of(budget, StandardTables.ExpenditureSummary).FindRow("total")!["total"], Of(final, StandardTables.ExpenditureSummary).FindRow("total")!["total"]);
    }

    [Fact]
    public void DocumentOnly_IsRefusedOnALabelColumnAndBesideAMeasure()
    {
        var profile = Final with
        {
            Id = "my-final",
            Tables =
            [
                new TableSpec
                {
                    Id = StandardTables.ThreePublic,
                    Number = "表7",
                    Title = "“三公”经费",
                    Parts =
                    [
                        new PartSpec
                        {
                            Source = LineSource.ThreePublic,
                            Rows = [new RowBlockSpec { Type = RowBlockType.ThreePublicYears, Rows = [new FixedRowSpec { Label = "本年", Key = "thisYear", Year = "this" }] }],
                            Columns =
                            [
                                new ColumnSpec { Key = "name", Label = "项目", Kind = ColumnKind.Label, DocumentOnly = true },
                                new ColumnSpec { Key = "total", Label = "决算数", Measure = "total", DocumentOnly = true },
                                new ColumnSpec { Key = "budget", Label = "预算数", Measure = "total" },
                            ],
                        },
                    ],
                },
            ],
        };

        var problems = ProfileValidator.Validate(profile);

        Assert.Equal(2, problems.Count(p => p.Contains("documentOnly", StringComparison.Ordinal)));
        Assert.Contains(problems, p => p.Contains("列“项目”标为 documentOnly", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("列“决算数”标为 documentOnly", StringComparison.Ordinal));
    }
}
