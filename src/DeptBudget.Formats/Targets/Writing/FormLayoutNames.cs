using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets.Writing;

/// <summary>
/// The printed names of a form's parts: section headings (the template's, else the usual ones), column headers and
/// header labels. The writers print them and the xlsx reader finds the parts by them.
/// </summary>
public static class FormLayoutNames
{
    /// <summary>The header's label–value pairs are printed on this many rows.</summary>
    public const int HeaderRows = 2;

    public const string Template = "式样", Department = "部门（单位）", Filler = "填报人", Phone = "联系电话", Date = "填报日期",
        Year = "预算年度", Unit = "金额单位", ProjectsTotal = "项目合计";

    public const string Number = "序号", Category = "类别", Item = "项目", Amount = "金额", Share = "占比（%）";

    public const string IncomeLines = "收入构成", IncomeTotal = "收入合计", ExpenditureLines = "支出构成", ExpenditureTotal = "支出合计";

    public const string GoalText = "目标", Horizon = "期限", Content = "内容", ProjectNumber = "项目序号";

    public static readonly IReadOnlyList<string> TaskColumns = [Number, "任务名称", "主要内容", "合计", "其中：财政资金", "备注"];

    public static readonly IReadOnlyList<string> ProjectColumns = [Number, "项目编码", "项目名称", "项目类别", "项目总预算", "本年预算", "主要支出方向和用途"];

    /// <summary>Section roles in print order.</summary>
    public static readonly IReadOnlyList<string> Roles =
        ["money", "functions", "tasks", "projects", "longTermGoal", "longTermIndicators", "annualGoal", "annualIndicators", "projectIndicators"];

    private static readonly Dictionary<string, string> Usual = new(StringComparer.Ordinal)
    {
        ["money"] = "部门总体资金情况",
        ["functions"] = "部门职能概述",
        ["tasks"] = "年度工作任务",
        ["projects"] = "项目支出情况",
        ["longTermGoal"] = "长期目标",
        ["longTermIndicators"] = "长期绩效指标",
        ["annualGoal"] = "年度目标",
        ["annualIndicators"] = "年度绩效指标",
        ["projectIndicators"] = "项目绩效指标",
    };

    /// <summary>Indicator columns: the model field → the printed header.</summary>
    private static readonly Dictionary<string, string> IndicatorHeaders = new(StringComparer.Ordinal)
    {
        ["level1"] = "一级指标",
        ["level2"] = "二级指标",
        ["level3"] = "三级指标",
        ["target"] = "指标值",
        ["operator"] = "计算符号",
        ["value"] = "指标值",
        ["unit"] = "计量单位",
        ["basis"] = "指标值确定依据",
        ["class"] = "指标分类",
        ["explanation"] = "指标解释",
        ["formula"] = "指标说明",
        ["notes"] = "备注",
        ["readingNotes"] = "读取说明",
    };

    /// <summary>The heading a section is printed under: the template's, unless it names a column (一级指标), else the usual one.</summary>
    public static string Heading(FormTemplate template, string role)
    {
        ArgumentNullException.ThrowIfNull(template);
        var own = template.Heading(role);
        return own is null || IndicatorHeaders.ContainsValue(own) || own == "单位编码（项目编码）" ? Usual[role] : own;
    }

    public static string IndicatorHeader(string field, int previousIndex) =>
        field == "previous" ? (previousIndex == 0 ? "前年指标值" : "上年指标值") : IndicatorHeaders[field];

    /// <summary>The field a printed indicator header stands for; null when it is none.</summary>
    public static string? IndicatorField(string header) => header switch
    {
        "前年指标值" or "上年指标值" => "previous",
        _ => IndicatorHeaders.FirstOrDefault(h => h.Value == header && h.Key != "target").Key,
    };
}
