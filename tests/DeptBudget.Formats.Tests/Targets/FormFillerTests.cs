using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Filling;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Tests.Checks;

namespace DeptBudget.Formats.Tests.Targets;

public sealed class FormFillerTests
{
    public static TheoryData<string, string> Departments => new()
    {
        { SampleTables.Hubei, "hubei-department" },
        { SampleTables.Henan, "hubei-department" },
        { SampleTables.Hubei, "henan-2022-department" },
        { SampleTables.Henan, "henan-2022-department" },
    };

    public static TheoryData<string> Profiles => new() { SampleTables.Hubei, SampleTables.Henan };

    [Theory]
    [MemberData(nameof(Departments))]
    public void Money_overview_totals_are_the_key_figures_and_the_lines_add_up(string profile, string templateId)
    {
        var (form, key) = FillOne(profile, templateId);
        var money = form.Money!;

        Assert.Equal(Figure(key, "revenueTotal"), money.IncomeTotal!.Amount);
        Assert.Equal(Figure(key, "expenditureTotal"), money.ExpenditureTotal!.Amount);
        Assert.Equal(money.IncomeTotal.Amount, money.Income.Sum(l => l.Amount));
        Assert.Equal(money.ExpenditureTotal.Amount, money.Expenditure.Sum(l => l.Amount));
        Assert.All(money.Income.Concat(money.Expenditure), l => Assert.Equal(KeyShare(l.Amount, money.IncomeTotal.Amount), l.Share));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Hubei_layout_splits_expenditure_by_project_category_and_takes_last_year_where_given(string profile)
    {
        var (form, key) = FillOne(profile, "hubei-department");
        var dataset = SampleTables.Dataset(profile);
        var money = form.Money!;
        var specific = dataset.Projects.Where(p => p.Category == ProjectCategory.SpecificPurpose).Sum(p => ProjectAmount(profile, p.Code));

        Assert.Equal(["人员类项目支出", "运转类项目支出", "特定目标类项目支出"], money.Expenditure.Take(3).Select(l => l.Label));
        Assert.Equal(specific, money.Expenditure[2].Amount);
        Assert.Equal(Figure(key, "basic") + Figure(key, "project"), money.Expenditure.Take(3).Sum(l => l.Amount));
        Assert.Equal([dataset.Year - 2, dataset.Year - 1], money.PreviousYears);
        Assert.Equal(dataset.LastYear!.FiscalAppropriation, money.Income[0].Previous[1]);
        Assert.Null(money.IncomeTotal!.Previous[1]);
        Assert.All(money.Income.Concat(money.Expenditure), l => Assert.Null(l.Previous[0]));
        Assert.Null(money.Expenditure[0].Previous[1]);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Hubei_project_list_adds_up_to_its_operating_and_specific_purpose_lines_and_the_filled_form_has_no_money_error(string profile)
    {
        var (form, key) = FillOne(profile, "hubei-department");
        var template = ShippedTargetData.Template("hubei-department");

        Assert.Equal(form.Money!.Expenditure[1].Amount + form.Money.Expenditure[2].Amount, form.Projects.Sum(p => p.AnnualBudget));
        Assert.Equal(("公用经费", Figure(key, "operating")), (form.Projects[0].Name, form.Projects[0].AnnualBudget));
        var findings = Core.Targets.Review.TargetReview.Run([(form, template)], ShippedTargetData.Vocabulary);
        Assert.DoesNotContain(findings, f => f.Severity == Core.Checks.Severity.Error);
    }

    [Fact]
    public void Henan_layout_shows_basic_and_project_expenditure_without_previous_years()
    {
        var (form, key) = FillOne(SampleTables.Henan, "henan-2022-department");

        Assert.Equal("政府预算资金", form.Money!.Income[0].Label);
        Assert.Equal(Figure(key, "basic"), form.Money.Expenditure.Single(l => l.Label == "基本支出").Amount);
        Assert.Equal(Figure(key, "project"), form.Money.Expenditure.Single(l => l.Label == "项目支出").Amount);
        Assert.Empty(form.Money.PreviousYears);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Header_functions_and_project_list_come_from_the_budget_and_the_rest_is_left_empty(string profile)
    {
        var (form, _) = FillOne(profile, "henan-2022-department");
        var dataset = SampleTables.Dataset(profile);

        Assert.Equal(dataset.Department.Name, form.Header.Department);
        Assert.Equal(dataset.Year, form.Header.Year);
        Assert.Equal(dataset.Department.Functions, form.Functions);
        Assert.Equal(dataset.Projects.Select(p => p.Name), form.Projects.Select(p => p.Name));
        Assert.All(form.Projects, p => Assert.Equal(ProjectAmount(profile, p.Code), p.AnnualBudget));
        Assert.Empty(form.Tasks);
        Assert.Equal(("", 0), (form.Annual!.Text, form.Annual.Indicators.Count));
        Assert.Null(form.LongTerm);
        Assert.Empty(form.AllIndicators);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Each_project_form_holds_its_money_and_a_cost_indicator_at_most_the_budget(string profile)
    {
        var forms = Fill(profile, "hubei-project");
        var dataset = SampleTables.Dataset(profile);

        Assert.Equal(dataset.Projects.Count, forms.Count);
        Assert.All(forms, f =>
        {
            var project = Assert.Single(f.Projects);
            var amount = ProjectAmount(profile, project.Code);
            var cost = Assert.IsType<QuantitativeTarget>(Assert.Single(project.Indicators).Target);
            Assert.Equal(amount, project.AnnualBudget);
            Assert.Equal((Comparison.AtMost, amount, "万元"), (cost.Operator, cost.Value, cost.Unit));
            Assert.Equal("成本指标", project.Indicators[0].Level2);
        });
    }

    [Fact]
    public void The_project_summary_states_the_total_of_the_projects_table()
    {
        var form = Assert.Single(Fill(SampleTables.Henan, "henan-2022-project-summary"));
        var total = SampleTables.Of(SampleTables.Henan).Single(t => t.Id == StandardTables.Projects).FindRow("total")?["total"];

        Assert.Equal(total, form.ProjectsTotal);
        Assert.All(form.Projects, p => Assert.Equal("成本指标", Assert.Single(p.Indicators).Level1));
    }

    internal static IReadOnlyList<PerformanceForm> Fill(string profile, string templateId)
    {
        var tables = SampleTables.Of(profile);
        return FormFiller.Fill(ShippedTargetData.Template(templateId), SampleTables.Dataset(profile), tables.Single(t => t.Id == StandardTables.KeyFigures), tables);
    }

    private static (PerformanceForm Form, Table Key) FillOne(string profile, string templateId) =>
        (Assert.Single(Fill(profile, templateId)), SampleTables.Of(profile).Single(t => t.Id == StandardTables.KeyFigures));

    private static decimal? Figure(Table key, string row) => key.FindRow(row)![KeyFigures.ThisYear];

    private static decimal ProjectAmount(string profile, string code) =>
        SampleTables.Of(profile).Single(t => t.Id == StandardTables.Projects).FindRow("p:" + code)!["total"]!.Value;

    private static decimal? KeyShare(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w != 0m ? Math.Round(p / w * 100m, 2, MidpointRounding.AwayFromZero) : null;
}
