using System.Globalization;

namespace DeptBudget.Core.Checks;

/// <summary>Findings of the checks written in code rather than as rules: numbered per rule, difference = stated − expected.</summary>
internal static class CodeFinding
{
    public static Finding Create(string ruleId, int number, Severity severity, Location location, decimal? stated, decimal? expected, string message) => new()
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"{ruleId}#{number}"),
        RuleId = ruleId,
        Severity = severity,
        Location = location,
        Stated = stated,
        Expected = expected,
        Difference = stated - expected,
        Message = message,
    };
}
