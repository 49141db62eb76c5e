using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Whether a document is a budget (预算) or a final-accounts (决算) disclosure, from its title, else from its
/// headings: 决算 documents title themselves “…年度部门决算” and their tables “…决算表”.
/// </summary>
internal static class DocumentKind
{
    public static (DisclosureKind Kind, string Reason) Of(IReadOnlyList<DocumentBlock> blocks, string? title)
    {
        if (title is not null && Kind(CellText.Clean(title)) is { } byTitle)
        {
            return (byTitle, $"文件标题“{CellText.Clean(title)}”");
        }

        var headings = blocks.OfType<HeadingBlock>().Select(h => CellText.Clean(h.Text)).ToList();
        var final = headings.Count(h => Kind(h) == DisclosureKind.FinalAccounts);
        var budget = headings.Count(h => Kind(h) == DisclosureKind.Budget);
        return final > budget
            ? (DisclosureKind.FinalAccounts, $"{final} 个标题含“决算”")
            : (DisclosureKind.Budget, budget > 0 ? $"{budget} 个标题含“预算”" : "标题中没有“决算”");
    }

    /// <summary>“预决算” names both and decides nothing; “决算” alone is final accounts, “预算” alone a budget.</summary>
    private static DisclosureKind? Kind(string text)
    {
        var plain = text.Replace("预决算", "", StringComparison.Ordinal);
        var final = plain.Contains("决算", StringComparison.Ordinal);
        var budget = plain.Replace("预算数", "", StringComparison.Ordinal).Contains("预算", StringComparison.Ordinal);
        return final && !budget ? DisclosureKind.FinalAccounts : budget && !final ? DisclosureKind.Budget : null;
    }
}
