using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Writing.Charts;

/// <summary>
/// Puts each chart after the narrative paragraph it illustrates: the paragraphs are searched, in order, for the
/// chart's anchor figures as the text writes them (“1352.27万元”), each at or after the one before; the chart goes
/// after the paragraph of the last. So it follows whatever wording a profile uses, and a chart whose figures the
/// text never quotes is left out.
/// </summary>
public static class ChartPlacement
{
    public static IReadOnlyList<DocumentPart> Place(IReadOnlyList<DocumentPart> parts, IReadOnlyList<Chart> charts, FigureBook figures)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(charts);
        var paragraphs = parts.SelectMany((p, part) => p.Blocks.Select((b, index) => (Part: part, Index: index, Block: b)))
            .Where(x => x.Block is ParagraphBlock)
            .ToList();
        var after = new Dictionary<(int Part, int Index), List<Chart>>();
        foreach (var chart in charts)
        {
            var at = Anchor(paragraphs.Select(p => ((ParagraphBlock)p.Block).Text).ToList(), chart.AnchorKeys, figures);
            if (at is { } found)
            {
                var key = (paragraphs[found].Part, paragraphs[found].Index);
                after.TryAdd(key, []);
                after[key].Add(chart);
            }
        }

        return parts.Select((p, part) => p with { Blocks = [.. p.Blocks.SelectMany((b, index) => WithCharts(b, after.GetValueOrDefault((part, index))))] }).ToList();
    }

    private static IEnumerable<PartBlock> WithCharts(PartBlock block, List<Chart>? charts) =>
        [block, .. (charts ?? []).Select(c => new ChartBlock(c))];

    private static int? Anchor(IReadOnlyList<string> paragraphs, IReadOnlyList<string> keys, FigureBook figures)
    {
        var at = 0;
        foreach (var key in keys)
        {
            var amount = figures.ThisYear(key) is { } value ? Wording.Amount(value) : null;
            var found = amount is null ? -1 : Enumerable.Range(at, paragraphs.Count - at).FirstOrDefault(i => paragraphs[i].Contains(amount, StringComparison.Ordinal), -1);
            if (found < 0)
            {
                return null;
            }

            at = found;
        }

        return keys.Count == 0 ? null : at;
    }
}
