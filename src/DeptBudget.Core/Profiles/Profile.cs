namespace DeptBudget.Core.Profiles;

/// <summary>
/// A disclosure layout of one province and year (DOMAIN §5): which tables, their numbers, titles,
/// column groups, row sets, order and notes. Loaded from data files, never hard-coded.
/// </summary>
public sealed record Profile
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The budget year the profile's code lists and wording are for.</summary>
    public required int Year { get; init; }

    public string? Description { get; init; }

    /// <summary>Which disclosure the profile lays out: the budget (预算, the default) or the final accounts (决算).</summary>
    public DisclosureKind Kind { get; init; } = DisclosureKind.Budget;

    /// <summary>
    /// The profile whose built-in rules this layout takes (rules limited by `profiles:` to that id): a bureau's copy of
    /// henan-2022 under its own id names henan-2022 here. Its own id when not given.
    /// </summary>
    public string? RulesOf { get; init; }

    /// <summary>The profile id the built-in rules are chosen by.</summary>
    public string RulesProfile() => RulesOf ?? Id;

    /// <summary>The tables in the order the document prints them.</summary>
    public required IReadOnlyList<TableSpec> Tables { get; init; }

    public TableSpec? FindTable(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
