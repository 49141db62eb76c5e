namespace DeptBudget.Core.Writing;

/// <summary>One item of an <c>@each</c> list: its key-figure key (for <c>@</c>), its text, an amount, its position (1-based).</summary>
public sealed record TemplateItem(string? Key, string Text, decimal? Amount, int Index);
