namespace DeptBudget.Formats.Tables;

/// <summary>The formats tables are rendered to (docs/TABLE-FORMATS.md).</summary>
public enum TableFormat
{
    Json,
    Csv,
    Xlsx,
    Html,
    Txt,
}
