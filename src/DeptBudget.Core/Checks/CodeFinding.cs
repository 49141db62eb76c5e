using System.Globalization;

namespace DeptBudget.Core.Checks;

/// <summary>A finding made in code rather than by a rule formula: its id is the rule id and its number, difference = stated − expected.</summary>
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
