namespace DeptBudget.Formats.Targets;

/// <summary>
/// Gives each indicator row its 一级 / 二级 / 三级 names. Merged cells come out empty, so a name carries down;
/// converted PDFs shift cells, so names are placed by what they are (a first-level name of the template) and, for
/// a lone name, by the column the last full row put its 二级 and 三级 names in (or as the 二级 that opens a new
/// first-level group).
/// </summary>
internal sealed class IndicatorTree(IEnumerable<string> firstLevel)
{
    private readonly HashSet<string> firstLevel = new(firstLevel, StringComparer.Ordinal);
    private string level1 = "";
    private string level2 = "";
    private int? level2Column;
    private int? level3Column;

    public bool IsFirstLevel(string name) => firstLevel.Contains(name);

    /// <summary>Names read from the cells before the target, with their columns.</summary>
    public (string Level1, string Level2, string Level3) Place(IReadOnlyList<(int Column, string Text)> cells)
    {
        var named = cells.Where(c => c.Text.Length > 0).ToList();
        string? newLevel1 = null;
        var first = named.FindIndex(c => firstLevel.Contains(c.Text));
        if (first >= 0)
        {
            newLevel1 = named[first].Text;
            named.RemoveAt(first);
        }
        else if (named.Count >= 3)
        {
            newLevel1 = named[0].Text;
            named.RemoveAt(0);
        }

        string? newLevel2 = null;
        var level3 = "";
        if (named.Count >= 2)
        {
            (newLevel2, level3) = (named[^2].Text, named[^1].Text);
            (level2Column, level3Column) = (named[^2].Column, named[^1].Column);
        }
        else if (named.Count == 1)
        {
            var lone = named[0];
            var startsGroup = newLevel1 is not null && newLevel1 != level1;
            if (startsGroup || (lone.Column == level2Column && lone.Column != level3Column))
            {
                newLevel2 = lone.Text;
            }
            else
            {
                level3 = lone.Text;
            }
        }

        return Carry(newLevel1, newLevel2, level3);
    }

    /// <summary>Names read by position: an empty 一级 or 二级 cell is merged with the row above.</summary>
    public (string Level1, string Level2, string Level3) Carry(string? newLevel1, string? newLevel2, string level3)
    {
        if (!string.IsNullOrEmpty(newLevel1) && newLevel1 != level1)
        {
            level1 = newLevel1;
            level2 = "";
        }

        if (!string.IsNullOrEmpty(newLevel2))
        {
            level2 = newLevel2;
        }

        return (level1, level2, level3);
    }
}
