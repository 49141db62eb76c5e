using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Checks;

/// <summary>One check (审核公式) as a reviewer writes it: a formula over table cells with its severity and tolerance.</summary>
public sealed record Rule
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public Severity Severity { get; init; } = Severity.Error;

    public CheckScope Scope { get; init; } = CheckScope.WithinTable;

    /// <summary>A difference up to this is no finding at all (容差, 万元).</summary>
    public decimal Tolerance { get; init; }

    /// <summary>Profile ids the rule applies to; empty applies to all.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>The parsed formula.</summary>
    public required Formula Formula { get; init; }

    /// <summary>The file the rule came from, for error messages.</summary>
    public string Source { get; init; } = "";

    public bool AppliesTo(string profileId) => Profiles.Count == 0 || Profiles.Contains(profileId);
}
