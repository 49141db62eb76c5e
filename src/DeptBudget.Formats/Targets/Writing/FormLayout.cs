namespace DeptBudget.Formats.Targets.Writing;

/// <summary>One cell of a form as laid out: a text, or an amount (null = empty), and how far it spans down.</summary>
public sealed record FormCell(string Text, decimal? Amount = null, bool IsAmount = false)
{
    /// <summary>Rows merged into this cell (1 = none); the covered cells below are <see cref="Covered"/>.</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>A cell inside another's merged range: written empty, not drawn in HTML.</summary>
    public bool Covered { get; init; }

    /// <summary>A whole number (序号, 年度): printed without decimals.</summary>
    public bool IsWhole { get; init; }

    /// <summary>An amount as budget tables print it, 1,352.27.</summary>
    public static FormCell Money(decimal? amount) => new(Tables.NumberText.Grouped(amount), amount, true);

    public static FormCell Whole(int? number) =>
        new(number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", number, true) { IsWhole = true };
}

/// <summary>A section of a form: its heading as the template prints it, its column headers and its rows.</summary>
public sealed record FormBlock(string Role, string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<FormCell>> Rows);

/// <summary>A form laid out as its template prints it: title, the header's label–value pairs, the sections in order.</summary>
public sealed record FormLayout(string Title, IReadOnlyList<(string Label, FormCell Value)> Header, IReadOnlyList<FormBlock> Blocks)
{
    /// <summary>The widest section's column count, and at least the header's.</summary>
    public int Width => Math.Max(Header.Count * 2 / FormLayoutNames.HeaderRows, Blocks.Count == 0 ? 1 : Blocks.Max(b => b.Columns.Count));
}
