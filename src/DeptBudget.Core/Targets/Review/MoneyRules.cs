using DeptBudget.Core.Checks;
using static DeptBudget.Core.Targets.Review.FindingSink;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// The form's own money against itself: parts against totals, income against expenditure, shares against
/// part/whole, the project list against the expenditure it belongs to, 其中 against 合计 (seed 000-01..04, 003-01).
/// </summary>
internal static class MoneyRules
{
    public static void Run(FindingSink sink, FormTemplate template)
    {
        var form = sink.Form;
        if (form.Money is { } money)
        {
            Sum(sink, "收入", money.Income, money.IncomeTotal, money.PreviousYears);
            Sum(sink, "支出", money.Expenditure, money.ExpenditureTotal, money.PreviousYears);
            Balance(sink, money);
            Shares(sink, money.Income, money.IncomeTotal);
            Shares(sink, money.Expenditure, money.ExpenditureTotal);
            ProjectList(sink, money, template);
        }

        foreach (var task in form.Tasks.Where(t => t.Amount is not null && t.FiscalAmount > t.Amount))
        {
            sink.Add("target-money-part-exceeds-total", Severity.Error, task.Source, task.Name, "其中：财政资金",
                $"其中：财政资金 {Number(task.FiscalAmount!.Value)} 大于合计 {Number(task.Amount!.Value)}，相差 {Number(task.FiscalAmount.Value - task.Amount.Value)}；其中数不能超过合计。",
                task.FiscalAmount, task.Amount);
        }

        ProjectTotal(sink);
    }

    private static void Sum(FindingSink sink, string side, IReadOnlyList<MoneyLine> lines, MoneyLine? total, IReadOnlyList<int> years)
    {
        if (total is null || lines.Count == 0)
        {
            return;
        }

        void Compare(string column, decimal? stated, IEnumerable<decimal?> parts)
        {
            var expected = parts.Sum(p => p ?? 0);
            if (stated is { } value && value != expected)
            {
                sink.Add("target-money-total", Severity.Error, total.Source, $"{side}{total.Label}", column,
                    $"{side}合计 {Number(value)} 不等于各项之和 {Number(expected)}，相差 {Number(value - expected)}。", value, expected);
            }
        }

        Compare("当年金额", total.Amount, lines.Select(l => l.Amount));
        for (var i = 0; i < years.Count && i < total.Previous.Count; i++)
        {
            Compare($"{years[i]}年", total.Previous[i], lines.Select(l => i < l.Previous.Count ? l.Previous[i] : null));
        }
    }

    private static void Balance(FindingSink sink, MoneyOverview money)
    {
        if (money.IncomeTotal is not { } income || money.ExpenditureTotal is not { } spending || ReferenceEquals(income, spending))
        {
            return;
        }

        if (income.Amount is { } stated && spending.Amount is { } expected && stated != expected)
        {
            sink.Add("target-money-balance", Severity.Error, spending.Source, "支出合计", "当年金额",
                $"支出合计 {Number(expected)} 与收入合计 {Number(stated)} 不相等，相差 {Number(stated - expected)}；部门整体的收入与支出应当平衡。", stated, expected);
        }

        for (var i = 0; i < money.PreviousYears.Count; i++)
        {
            if (income.Previous.ElementAtOrDefault(i) is { } before && spending.Previous.ElementAtOrDefault(i) is { } spent && before != spent)
            {
                sink.Add("target-money-balance", Severity.Warning, spending.Source, "支出合计", $"{money.PreviousYears[i]}年",
                    $"{money.PreviousYears[i]}年支出合计 {Number(spent)} 与收入合计 {Number(before)} 相差 {Number(before - spent)}，表中没有结转结余行说明差额。", before, spent);
            }
        }
    }

    /// <summary>A share printed as a whole percent may differ from part/whole by rounding; more than that is an error of the share.</summary>
    private static void Shares(FindingSink sink, IReadOnlyList<MoneyLine> lines, MoneyLine? total)
    {
        if (total?.Amount is not { } whole || whole == 0)
        {
            return;
        }

        foreach (var line in lines.Where(l => l.Share is not null && l.Amount is not null))
        {
            var exact = Math.Round(line.Amount!.Value / whole * 100, 2);
            var printed = line.Share!.Value;
            if (printed == Math.Round(exact, printed == Math.Round(printed) ? 0 : 2, MidpointRounding.AwayFromZero))
            {
                continue;
            }

            var severity = Math.Abs(printed - exact) < 1 ? Severity.Rounding : Severity.Warning;
            sink.Add("target-money-share", severity, line.Source, line.Label, "占比",
                $"占比 {Number(printed)}% 与 {Number(line.Amount.Value)} ÷ {Number(whole)} = {Number(exact)}% 不符" +
                (severity == Severity.Rounding ? "（四舍五入应为 " + Number(Math.Round(exact, 0, MidpointRounding.AwayFromZero)) + "%，可能是为凑足 100% 调整过）。" : "。"),
                printed, exact);
        }
    }

    private static void ProjectList(FindingSink sink, MoneyOverview money, FormTemplate template)
    {
        var projects = sink.Form.Projects.Where(p => p.AnnualBudget is not null).ToList();
        var targets = money.Expenditure.Where(l => template.ProjectListReconcilesTo.Contains(l.Label, StringComparer.Ordinal)).ToList();
        if (projects.Count == 0 || targets.Count == 0)
        {
            return;
        }

        var listed = projects.Sum(p => p.AnnualBudget!.Value);
        var expected = targets.Sum(l => l.Amount ?? 0);
        if (listed != expected)
        {
            sink.Add("target-money-project-list", Severity.Error, projects[0].Source, "项目本年年度预算合计", "项目本年年度预算",
                $"{projects.Count} 个项目的本年预算合计 {Number(listed)}，与支出构成中{string.Join("与", targets.Select(t => t.Label))}之和 {Number(expected)} 不符，相差 {Number(listed - expected)}。",
                listed, expected);
        }
    }

    /// <summary>The summary table's department row against its project blocks; a block without name or amount is reported by the completeness rules.</summary>
    private static void ProjectTotal(FindingSink sink)
    {
        var form = sink.Form;
        if (form.ProjectsTotal is not { } total || form.Projects.Count == 0)
        {
            return;
        }

        var named = form.Projects.Where(p => p.TotalBudget is not null).ToList();
        var sum = named.Sum(p => p.TotalBudget!.Value);
        if (sum != total)
        {
            sink.Add("target-money-project-total", Severity.Warning, form.Projects[0].Source, "合计", "资金总额",
                $"有金额的项目（{string.Join("、", named.Select(p => $"{p.Name} {Number(p.TotalBudget!.Value)}"))}）合计 {Number(sum)}，与表头合计 {Number(total)} 相差 {Number(total - sum)}；{form.Projects.Count - named.Count} 个项目块没有金额。",
                sum, total);
        }
    }
}
