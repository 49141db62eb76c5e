namespace DeptBudget.Core.Targets.Review;

/// <summary>How alike two Chinese texts are: the Dice coefficient of their character pairs (0 none, 1 the same).</summary>
internal static class TextSimilarity
{
    public static double Of(string a, string b)
    {
        var (left, right) = (Pairs(a), Pairs(b));
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var common = 0;
        var pool = right.GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var pair in left)
        {
            if (pool.TryGetValue(pair, out var count) && count > 0)
            {
                pool[pair] = count - 1;
                common++;
            }
        }

        return 2.0 * common / (left.Count + right.Count);
    }

    /// <summary>How many character pairs of <paramref name="text"/> are in <paramref name="theirs"/> and not in <paramref name="ours"/>.</summary>
    public static int Distinctive(string text, string theirs, string ours)
    {
        var only = Pairs(theirs).ToHashSet(StringComparer.Ordinal);
        only.ExceptWith(Pairs(ours));
        return Pairs(text).Distinct(StringComparer.Ordinal).Count(only.Contains);
    }

    private static List<string> Pairs(string text)
    {
        var letters = text.Where(char.IsLetterOrDigit).ToArray();
        return Enumerable.Range(0, Math.Max(letters.Length - 1, 0)).Select(i => new string(letters, i, 2)).ToList();
    }
}
