namespace DeptBudget.Core.Checks;

/// <summary>One thing a check found (审核发现): what is wrong, where, and what it should be.</summary>
public sealed record Finding
{
    /// <summary>Unique within one run, e.g. "fn-total-equals-rows#3".</summary>
    public required string Id { get; init; }

    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    public required Location Location { get; init; }

    /// <summary>The figure as it stands (填列数).</summary>
    public decimal? Stated { get; init; }

    /// <summary>What it should be (应为).</summary>
    public decimal? Expected { get; init; }

    /// <summary>Stated − expected.</summary>
    public decimal? Difference { get; init; }

    /// <summary>In Chinese, for the finance officer.</summary>
    public required string Message { get; init; }

    /// <summary>The findings this one stands for when several are one problem (a whole column printed blank), each with its row.</summary>
    public IReadOnlyList<Finding> Parts { get; init; } = [];
}
