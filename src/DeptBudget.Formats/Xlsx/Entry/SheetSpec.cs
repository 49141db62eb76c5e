namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>How a sheet is laid out when written: columns (header, width, default format), drop-downs, frozen header.</summary>
internal sealed record SheetSpec(string Name, IReadOnlyList<ColumnSpec> Columns)
{
    public bool Hidden { get; init; }

    /// <summary>Freeze the first row (the header) so it stays visible while scrolling.</summary>
    public bool FreezeHeader { get; init; } = true;

    public IReadOnlyList<DropDown> DropDowns { get; init; } = [];
}

internal sealed record ColumnSpec(string Header, double Width, uint Style);

/// <summary>
/// A list validation: cells <paramref name="Range"/> offer the values of <paramref name="Source"/> (an
/// absolute reference such as '代码表'!$A$2:$A$900). Strict lists refuse other values; others warn only,
/// so that a code missing from the list can still be typed.
/// </summary>
internal sealed record DropDown(string Range, string Source, bool Strict, string Prompt);

/// <summary>A cell value with its own format, for sheets whose format changes by row.</summary>
internal sealed record Styled(object? Value, uint Style);
