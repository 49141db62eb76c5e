namespace DeptBudget.Core.Profiles;

/// <summary>The disclosure a profile lays out; a document is read with a profile of its own kind.</summary>
public enum DisclosureKind
{
    /// <summary>部门预算: the approved budget, derived from a dataset.</summary>
    Budget,

    /// <summary>部门决算: the year-end final accounts, the budget tables' siblings with actual figures and balances.</summary>
    FinalAccounts,
}
