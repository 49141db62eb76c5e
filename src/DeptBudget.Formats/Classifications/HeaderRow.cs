namespace DeptBudget.Formats.Classifications;

/// <summary>A column a list needs, with the header names users write for it.</summary>
internal sealed record ColumnSpec(string Display, params string[] Aliases)
{
    public bool Matches(string header)
    {
        var normal = Normalize(header);
        return Aliases.Any(a => string.Equals(Normalize(a), normal, StringComparison.Ordinal));
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF')).ToLowerInvariant();
}

/// <summary>
/// Finds the header row by the names of its columns. Title rows above the header (common in
/// spreadsheets) are skipped; columns the list does not need are ignored.
/// </summary>
internal sealed class HeaderRow
{
    private const int RowsSearched = 20;
    private readonly Dictionary<ColumnSpec, (int Index, string Text)> columns;

    private HeaderRow(RawRow row, Dictionary<ColumnSpec, (int Index, string Text)> columns)
    {
        Row = row;
        this.columns = columns;
    }

    public RawRow Row { get; }

    /// <summary>The header row, or an <see cref="InputException"/> naming the missing columns.</summary>
    public static HeaderRow Find(RawTable table, IReadOnlyList<ColumnSpec> specs)
    {
        var nonEmpty = table.Rows.Where(r => !r.IsEmpty).Take(RowsSearched).ToList();
        if (nonEmpty.Count == 0)
        {
            throw new InputException($"{table.Source}：文件是空的，没有表头也没有科目。");
        }

        foreach (var row in nonEmpty)
        {
            var found = new Dictionary<ColumnSpec, (int, string)>();
            foreach (var spec in specs)
            {
                var index = row.Cells.ToList().FindIndex(spec.Matches);
                if (index >= 0)
                {
                    found[spec] = (index, row.Cells[index]);
                }
            }

            if (found.Count == specs.Count)
            {
                return new HeaderRow(row, found);
            }
        }

        var wanted = string.Join("；", specs.Select(s => $"“{s.Display}”（可写 {string.Join("、", s.Aliases)}）"));
        throw new InputException($"{table.Source}：找不到表头。前 {RowsSearched} 个非空行里没有同时含有这些列的一行：{wanted}。");
    }

    public int IndexOf(ColumnSpec spec) => columns[spec].Index;

    /// <summary>The column's header as the file writes it, for messages.</summary>
    public string NameOf(ColumnSpec spec) => columns[spec].Text;

    /// <summary>The data rows: non-empty rows below the header.</summary>
    public IEnumerable<RawRow> DataRows(RawTable table) =>
        table.Rows.Where(r => r.Number > Row.Number && !r.IsEmpty);
}
