namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>The look of one cell; equal looks share one cell format in the workbook's style sheet.</summary>
internal sealed record XlsxStyle(
    bool Bold = false,
    double FontSize = XlsxStyle.NormalSize,
    bool Border = false,
    XlsxAlign Align = XlsxAlign.General,
    bool Wrap = false,
    uint Indent = 0,
    uint NumberFormat = 0)
{
    public const double NormalSize = 11;

    /// <summary>Built-in number format "@" (text): codes keep their leading zeros.</summary>
    public const uint TextFormat = 49;

    /// <summary>The custom number format "#,##0.00".</summary>
    public const uint MoneyFormat = 164;

    public const string MoneyFormatCode = "#,##0.00";
}

internal enum XlsxAlign
{
    General,
    Left,
    Center,
    Right,
}
