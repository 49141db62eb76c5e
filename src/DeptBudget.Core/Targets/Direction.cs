namespace DeptBudget.Core.Targets;

/// <summary>Which way an indicator improves: more is better (完成率, 满意度), less is better (响应时间, 成本, 变动率).</summary>
public enum Direction
{
    Neither,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// Words that say an indicator's direction (data/targets/directions.tsv). The word nearest the end of the name
/// wins, because the head of a Chinese compound comes last: 成本节约率 is a 节约率 (higher), 厉行节约支出变动率 a
/// 变动率 (lower).
/// </summary>
public sealed class DirectionLexicon
{
    private readonly IReadOnlyList<(string Word, Direction Direction)> words;

    public DirectionLexicon(IEnumerable<(string Word, Direction Direction)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = words.Where(w => w.Word.Length > 0).ToList();
    }

    /// <summary>The direction from the indicator's name, else from its kind (二级, then 一级: 成本, 时效, 满意度).</summary>
    public Direction Of(string name, params string[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        foreach (var text in kinds.Prepend(name))
        {
            var found = FromText(text ?? "");
            if (found != Direction.Neither)
            {
                return found;
            }
        }

        return Direction.Neither;
    }

    private Direction FromText(string text)
    {
        var best = (End: -1, Length: 0, Direction: Direction.Neither);
        foreach (var (word, direction) in words)
        {
            var at = text.LastIndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + word.Length;
            if (end > best.End || (end == best.End && word.Length > best.Length))
            {
                best = (end, word.Length, direction);
            }
        }

        return best.Direction;
    }
}
