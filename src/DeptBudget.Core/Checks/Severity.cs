namespace DeptBudget.Core.Checks;

/// <summary>How serious a finding is (审核结果的级别).</summary>
public enum Severity
{
    /// <summary>错误: the figures contradict each other; the document must not be published so.</summary>
    Error,

    /// <summary>警告: probably wrong; a reviewer should look.</summary>
    Warning,

    /// <summary>提示: worth knowing.</summary>
    Notice,

    /// <summary>尾差: a difference of at most 0.01 per summed row, left by rounding each figure to 0.01.</summary>
    Rounding,
}

public static class SeverityText
{
    public static string Label(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        Severity.Notice => "提示",
        Severity.Rounding => "尾差",
    };

    /// <summary>The word used in rule files and in JSON output.</summary>
    public static string Code(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Notice => "notice",
        Severity.Rounding => "rounding",
    };
}
