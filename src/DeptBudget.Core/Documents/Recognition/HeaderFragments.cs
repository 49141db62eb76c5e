namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// A header label a PDF broke over lines inside its cell (本年收入合 / 计, 附属单 / 位上 / 缴收入) comes as several
/// header rows' cells of one column; consecutive cells are joined back when together they make a label of the table,
/// and only then, so two real labels stacked above each other stay two.
/// </summary>
internal static class HeaderFragments
{
    /// <param name="cells">One column's header cells, top down, blanks left out.</param>
    /// <param name="known">The table's column labels as compared (<see cref="ColumnLabels.Key"/>).</param>
    public static List<string> Join(IReadOnlyList<string> cells, ColumnLabels labels, IReadOnlySet<string> known)
    {
        var result = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var end = i;
            for (var j = cells.Count - 1; j > i; j--)
            {
                var joined = labels.Key(string.Concat(cells.Skip(i).Take(j - i + 1)));
                if (known.Contains(joined) && !cells.Skip(i).Take(j - i + 1).Any(c => labels.Key(c) == joined))
                {
                    end = j;
                    break;
                }
            }

            result.Add(labels.Key(string.Concat(cells.Skip(i).Take(end - i + 1))));
            i = end;
        }

        return result;
    }
}
