namespace DeptBudget.Core.Narrative;

/// <summary>
/// The paths of function names of one sentence as subjects: each path is one subject mention (its key the path's
/// text) in place of the vocabulary's phrases inside it, so “一般公共服务支出（类）财政事务（款）行政运行（项）” is about
/// 行政运行, not class:201. A path the line broke off before its last bracket (“…（款）行政单位离退休” then “（项）。”) is
/// read whole in the sentence that closes it.
/// </summary>
internal static class FunctionSubjects
{
    private static readonly string[] Levels = ["(类)", "(款)", "(项)"];

    /// <param name="text">The sentence, normalised.</param>
    /// <param name="previous">The sentence before it, normalised; null for none.</param>
    public static IReadOnlyList<(int Start, int End, FunctionPath Path)> Find(string text, string? previous)
    {
        var rest = text.TrimStart();
        if (previous is not { Length: > 0 } before || EndsLikeSentence(before) || !Levels.Any(l => rest.StartsWith(l, StringComparison.Ordinal)))
        {
            return FunctionChains.Find(text);
        }

        return [.. FunctionChains.Find(before + text).Where(c => c.End > before.Length)
            .Select(c => (Math.Max(0, c.Start - before.Length), c.End - before.Length, c.Path))];
    }

    /// <summary>The vocabulary's mentions outside the paths, and one mention per path, in order.</summary>
    public static IReadOnlyList<SubjectMention> Merge(IReadOnlyList<SubjectMention> mentions, IReadOnlyList<(int Start, int End, FunctionPath Path)> paths) =>
        paths.Count == 0
            ? mentions
            : [.. mentions.Where(m => !paths.Any(p => m.Start < p.End && p.Start < m.End))
                .Concat(paths.Select(p => new SubjectMention(p.Start, p.End, p.Path.Text, [])))
                .OrderBy(m => m.Start)];

    private static bool EndsLikeSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '；' or ';' or '！' or '!' or '？' or '?';
}
