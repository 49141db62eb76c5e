namespace DeptBudget.Core.Checks;

/// <summary>What a check run found, and the rules it could not run.</summary>
public sealed record CheckResult(IReadOnlyList<Finding> Findings, IReadOnlyList<SkippedRule> Skipped);

/// <summary>A rule that was not run, and why (in Chinese, for the report).</summary>
public sealed record SkippedRule(string RuleId, string Reason);
