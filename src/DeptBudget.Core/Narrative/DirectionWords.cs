namespace DeptBudget.Core.Narrative;

/// <summary>The words that say which way a figure moved (增加/减少, 增长/下降 …).</summary>
public static class DirectionWords
{
    private static readonly (string Word, ChangeDirection Direction)[] Words =
    [
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("上升", ChangeDirection.Increase),
        ("提高", ChangeDirection.Increase), ("增幅", ChangeDirection.Increase), ("增长率", ChangeDirection.Increase),
        ("减少", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease), ("降低", ChangeDirection.Decrease),
        ("压减", ChangeDirection.Decrease), ("降幅", ChangeDirection.Decrease), ("减幅", ChangeDirection.Decrease),
        ("持平", ChangeDirection.Flat),
    ];

    /// <summary>The last direction word in <paramref name="text"/> between start and end, with its position.</summary>
    public static (int Position, ChangeDirection Direction)? Last(string text, int start, int end)
    {
        (int, ChangeDirection)? found = null;
        foreach (var (word, direction) in Words)
        {
            var at = end - start >= word.Length ? text.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal) : -1;
            if (at >= 0 && (found is null || at > found.Value.Item1))
            {
                found = (at, direction);
            }
        }

        return found;
    }
}
