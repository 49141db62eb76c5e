using System.Text.RegularExpressions;

namespace DeptBudget.Core.Narrative;

/// <summary>
/// Finds the paths of function names in normalised text: names each followed by (类), (款) or (项), written one after
/// the other. A name may hold a short bracketed part of its own (政府办公厅（室）及相关机构事务). A path naming only a
/// 类 is left to the vocabulary (class:201 …, a key figure); a level not deeper than the one before starts a new path.
/// </summary>
public static partial class FunctionChains
{
    public static IReadOnlyList<(int Start, int End, FunctionPath Path)> Find(string normalized)
    {
        var found = new List<(int, int, FunctionPath)>();
        foreach (Match m in Chain().Matches(normalized))
        {
            var names = m.Groups["name"].Captures;
            var levels = m.Groups["level"].Captures;
            var links = m.Groups["link"].Captures;
            var start = 0;
            for (var i = 1; i <= levels.Count; i++)
            {
                if (i < levels.Count && Depth(levels[i].Value) > Depth(levels[i - 1].Value))
                {
                    continue;
                }

                var path = Path(names, levels, start, i);
                if (path.Class is null || path.Section is not null || path.Item is not null)
                {
                    found.Add((links[start].Index, links[i - 1].Index + links[i - 1].Length, path));
                }

                start = i;
            }
        }

        return found;
    }

    private static FunctionPath Path(CaptureCollection names, CaptureCollection levels, int from, int to)
    {
        string? Name(string level)
        {
            for (var i = from; i < to; i++)
            {
                if (levels[i].Value == level)
                {
                    return names[i].Value.Trim();
                }
            }

            return null;
        }

        return new FunctionPath(Name("类"), Name("款"), Name("项"));
    }

    private static int Depth(string level) => level switch
    {
        "类" => 1,
        "款" => 2,
        _ => 3,
    };

    [GeneratedRegex(@"(?:(?<link>(?<name>(?:[^\s()（）,，。；;：:、!?！？\d“”""]|\((?!(?:类|款|项)\))[^()\s]{1,6}\))+?)\s*\((?<level>类|款|项)\))\s*)+")]
    private static partial Regex Chain();
}
