namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>
/// The actuals workbook a finance officer fills by hand (实际完成情况): one sheet, the project on row 2, then three
/// blocks found by their heading in column A — 预算执行 (one row of amounts), 绩效指标 (one row per indicator), 其他输入.
/// Columns are found by their header, so a column moved or a row inserted still reads.
/// </summary>
internal static class ActualsSheet
{
    public const string Name = "实际完成情况";

    public const string Project = "项目";

    public const string BudgetHeading = "预算执行（万元）";
    public const string Planned = "预算数";
    public const string MidYearSpent = "1–7 月执行数";
    public const string YearEndSpent = "全年执行数";
    public const string BudgetReason = "偏差原因";

    public const string IndicatorHeading = "绩效指标";
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Level3 = "三级指标";
    public const string Target = "目标值";
    public const string MidYear = "1–7 月实际值";
    public const string YearEnd = "全年实际值";
    public const string Weight = "分值（可空）";
    public const string Reason = "偏差原因和改进措施";

    public const string InputHeading = "其他输入（指标库公式用）";
    public const string InputName = "输入名称";
    public const string InputValue = "数值";

    public static readonly IReadOnlyList<string> BudgetColumns = [Planned, MidYearSpent, YearEndSpent, BudgetReason];

    public static readonly IReadOnlyList<string> IndicatorColumns = [Level1, Level2, Level3, Target, MidYear, YearEnd, Weight, Reason];

    public static readonly IReadOnlyList<string> InputColumns = [InputName, InputValue];

    /// <summary>Empty rows left under 其他输入 in the template.</summary>
    public const int InputRows = 3;

    public const string Note = "填写说明：实际值按原样写数值和单位（如 1080人次、99.5%、2.5小时）或等级词（达到、基本达到、部分达到、未达到）；金额以万元计；分值不填时由该部分分值平均分配；偏差原因写在完成率不足 100% 的指标上。";
}
