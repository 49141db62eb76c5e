using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Lays a printed table's columns over the template's leaves by their label paths (the header cells above each
/// column, merged cells carried right), so a table printed with its columns in another order is read into the right
/// keys. Position decides when a column has no label, or when labels fit several leaves equally well.
/// </summary>
internal sealed class ColumnMatcher(Table template, ColumnLabels labels, List<RecognitionProblem> problems)
{
    private readonly List<Column> leaves = template.Leaves.ToList();

    /// <summary>The printed column of each leaf (null: the document lacks it), and the printed columns left unread.</summary>
    public (int?[] ColumnOf, HashSet<int> Unread) Match(TableBlock block, int headerRows)
    {
        var columnOf = new int?[leaves.Count];
        var unread = new HashSet<int>();
        var printed = PrintedPaths(block, headerRows);
        if (printed.All(p => p.Count == 0))
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                columnOf[i] = i;
            }

            return (columnOf, unread);
        }

        var paths = leaves.Select(l => LeafPath(l).Select(labels.Key).ToList()).ToList();
        var taken = new HashSet<int>();
        var pairs = from c in Enumerable.Range(0, printed.Count)
                    from l in Enumerable.Range(0, leaves.Count)
                    let score = Score(printed[c], paths[l])
                    where score > 0
                    orderby score descending, Math.Abs(c - l), c
                    select (Column: c, Leaf: l);
        foreach (var (column, leaf) in pairs)
        {
            if (columnOf[leaf] is null && taken.Add(column))
            {
                columnOf[leaf] = column;
            }
        }

        for (var c = 0; c < printed.Count; c++)
        {
            if (taken.Contains(c))
            {
                continue;
            }

            // A column whose label fits no leaf is read by position when that leaf is not in the document otherwise.
            if (c < leaves.Count && columnOf[c] is null)
            {
                columnOf[c] = c;
                if (printed[c].Count > 0 && leaves[c].Kind == ColumnKind.Value && !printed[c].Any(paths[c].Contains))
                {
                    Report($"《{template.Title}》第 {c + 1} 列表头“{Printed(block, headerRows, c)}”与式样的“{string.Join("/", LeafPath(leaves[c]))}”不符，按位置读入。", block, headerRows, c, notice: false);
                }
            }
            else if (printed[c].Count > 0)
            {
                unread.Add(c);
                Report($"《{template.Title}》第 {c + 1} 列“{Printed(block, headerRows, c)}”不是此表的列，未读入。", block, headerRows, c, notice: false);
            }
        }

        for (var l = 0; l < leaves.Count; l++)
        {
            if (columnOf[l] is null && leaves[l].Kind == ColumnKind.Value)
            {
                problems.Add(new RecognitionProblem($"《{template.Title}》没有“{string.Join("/", LeafPath(leaves[l]))}”列，该列按空读入。", block.Position)
                {
                    TableId = template.Id,
                    TableTitle = template.Title,
                    ColumnLabel = string.Join("/", LeafPath(leaves[l])),
                    IsNotice = true,
                });
            }
        }

        return (columnOf, unread);
    }

    /// <summary>The leaf's own label must fit (or the printed column is the group whose 合计 or 类 the leaf is); each
    /// group label shared adds to the fit.</summary>
    private static int Score(List<string> printed, List<string> path)
    {
        if (printed.Count == 0)
        {
            return 0;
        }

        // A code group printed as one column (科目编码 with the whole code in its cells) is its 类 leaf.
        var own = printed[^1] == path[^1] || path.Count > 1 && path[^1] is "合计" or "小计" or "类" && printed[^1] == path[^2];
        return own ? 2 + printed.Count(path.Contains) - printed.Count(p => !path.Contains(p)) : 0;
    }

    /// <summary>Each printed column's header labels top-down, a blank cell under a merged group taking the group's label.</summary>
    private List<List<string>> PrintedPaths(TableBlock block, int headerRows)
    {
        var width = Math.Max(leaves.Count, block.Rows.Take(Math.Max(headerRows, 1)).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        var grid = new string[headerRows, width];
        for (var r = 0; r < headerRows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                grid[r, c] = c < block.Rows[r].Cells.Count ? CellText.Clean(block.Rows[r].Cells[c]) : "";
            }
        }

        for (var r = 0; r < headerRows; r++)
        {
            for (var c = 1; c < width; c++)
            {
                var below = Enumerable.Range(r + 1, headerRows - r - 1).Any(b => grid[b, c].Length > 0);
                var sameGroup = r == 0 || grid[r - 1, c] == grid[r - 1, c - 1];
                if (grid[r, c].Length == 0 && below && sameGroup && grid[r, c - 1].Length > 0)
                {
                    grid[r, c] = grid[r, c - 1];
                }
            }
        }

        var known = template.Columns.SelectMany(Labels).Select(labels.Key).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, width)
            .Select(c => HeaderFragments.Join(Enumerable.Range(0, headerRows).Select(r => grid[r, c]).Where(t => t.Length > 0).Distinct().ToList(), labels, known)
                .Where(t => t.Length > 0).Distinct().ToList())
            .ToList();
    }

    private static IEnumerable<string> Labels(Column column) => [column.Label, .. column.Children.SelectMany(Labels)];

    private static string Printed(TableBlock block, int headerRows, int column) =>
        string.Join("/", block.Rows.Take(headerRows).Select(r => column < r.Cells.Count ? CellText.Clean(r.Cells[column]) : "").Where(t => t.Length > 0));

    private void Report(string message, TableBlock block, int headerRows, int column, bool notice) =>
        problems.Add(new RecognitionProblem(message, block.Position)
        {
            TableId = template.Id,
            TableTitle = template.Title,
            ColumnLabel = Printed(block, headerRows, column),
            IsNotice = notice,
        });

    /// <summary>The labels from the top group down to the leaf.</summary>
    public List<string> LeafPath(Column leaf)
    {
        var path = new List<string>();
        bool Find(IReadOnlyList<Column> columns)
        {
            foreach (var column in columns)
            {
                path.Add(column.Label);
                if (ReferenceEquals(column, leaf) || Find(column.Children))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }

        Find(template.Columns);
        return path;
    }
}
