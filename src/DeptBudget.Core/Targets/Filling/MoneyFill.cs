using DeptBudget.Core.Model;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Targets.Filling;

/// <summary>
/// The money overview from the key figures. Hubei's layout splits expenditure into 人员类 / 运转类 / 特定目标类
/// and shows the two previous years; the others into 基本支出 / 项目支出. Income is grouped as 财政拨款 (Henan:
/// 政府预算资金), 财政专户管理资金 and 单位资金; 上年结转 joins its source's group.
/// </summary>
internal static class MoneyFill
{
    public static MoneyOverview? Overview(FormTemplate template, BudgetFigures figures)
    {
        if (template.Heading("money") is null)
        {
            return null;
        }

        var hubei = template.Layout == "hubei-department";
        var heading = template.Heading("money")!;
        var incomeTotal = figures.ThisYear("revenueTotal");
        var expenditureTotal = figures.ThisYear("expenditureTotal");
        var row = 0;
        MoneyLine Line(string label, decimal? amount, decimal? whole, decimal? lastYear) => new()
        {
            Label = label,
            Amount = amount,
            Share = KeyFigureMath.Share(amount, whole),
            Previous = hubei ? [null, lastYear] : [],
            Source = new CellSource { Table = heading, Row = ++row },
        };

        var income = Income(figures).Select(g => Line(g.Label, g.Amount, incomeTotal, g.Label == "财政拨款" ? figures.LastYear("fiscalAppropriation") : null))
            .Select(l => hubei || l.Label != "财政拨款" ? l : l with { Label = "政府预算资金" }).ToList();
        var incomeLine = Line(hubei ? "合计" : "部门预算总额(万元)", incomeTotal, incomeTotal, figures.LastYear("revenueTotal"));
        var expenditure = (hubei ? HubeiExpenditure(figures) : BasicAndProject(figures))
            .Select(e => Line(e.Label, e.Amount, expenditureTotal, e.LastYear)).ToList();
        var other = (expenditureTotal ?? 0m) - expenditure.Sum(e => e.Amount ?? 0m);
        if (other != 0m)
        {
            expenditure.Add(Line("其他支出（经营支出等）", other, expenditureTotal, null));
        }

        var expenditureLine = Line(hubei ? "合计" : "部门预算总额(万元)", expenditureTotal, expenditureTotal, figures.LastYear("expenditureTotal"));
        return new MoneyOverview
        {
            Income = income,
            IncomeTotal = WithoutUnsupportedPrevious(incomeLine, income),
            Expenditure = expenditure,
            ExpenditureTotal = WithoutUnsupportedPrevious(expenditureLine, expenditure),
            PreviousYears = hubei ? [figures.Dataset.Year - 2, figures.Dataset.Year - 1] : [],
        };
    }

    /// <summary>Last year's total only when the budget gives every line of it too: a total over empty lines would not add up.</summary>
    private static MoneyLine WithoutUnsupportedPrevious(MoneyLine total, IReadOnlyList<MoneyLine> lines) =>
        lines.All(l => l.Previous.Count > 1 && l.Previous[1] is not null) ? total : total with { Previous = total.Previous.Select(_ => (decimal?)null).ToList() };

    /// <summary>This year's income by source plus last year's carry-over of the same sources.</summary>
    private static IEnumerable<(string Label, decimal Amount)> Income(BudgetFigures figures)
    {
        var carried = figures.Dataset.Revenues.Where(r => r.CarryOver).ToList();
        decimal Group(Func<FundingSource, bool> member, Func<string, bool> key) =>
            figures.RevenueBySource().Where(r => key(r.Source)).Sum(r => r.Amount)
            + figures.Dataset.AmountUnit.ToTenThousandYuan(carried.Where(r => member(r.Source)).Sum(r => r.Amount));
        static bool IsFiscal(string key) => key is "generalBudget" or "governmentFund" or "stateCapital";
        yield return ("财政拨款", Group(s => s.IsFiscalAppropriation(), IsFiscal));
        yield return ("财政专户管理资金", Group(s => s == FundingSource.SpecialAccount, k => k == "specialAccount"));
        yield return ("单位资金", Group(s => s.IsUnitFunds(), k => !IsFiscal(k) && k != "specialAccount"));
    }

    /// <summary>人员类 = 人员经费 + 人员类项目; 运转类 = 公用经费 + 运转类项目; 特定目标类 = 特定目标类项目.</summary>
    private static IEnumerable<(string Label, decimal? Amount, decimal? LastYear)> HubeiExpenditure(BudgetFigures figures)
    {
        decimal Of(params ProjectCategory[] categories) => figures.Dataset.Projects
            .Where(p => categories.Contains(p.Category))
            .Sum(p => figures.ProjectAmount(p.Code) ?? 0m);
        yield return ("人员类项目支出", (figures.ThisYear("personnel") ?? 0m) + Of(ProjectCategory.Personnel), null);
        yield return ("运转类项目支出", (figures.ThisYear("operating") ?? 0m) + Of(ProjectCategory.PublicOperating, ProjectCategory.OtherOperating), null);
        yield return ("特定目标类项目支出", Of(ProjectCategory.SpecificPurpose), null);
    }

    private static IEnumerable<(string Label, decimal? Amount, decimal? LastYear)> BasicAndProject(BudgetFigures figures)
    {
        yield return ("基本支出", figures.ThisYear("basic"), figures.LastYear("basic"));
        yield return ("项目支出", figures.ThisYear("project"), figures.LastYear("project"));
    }
}
