using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>The strings the table JSON uses for enum values (see docs/TABLE-FORMATS.md).</summary>
internal static class TableJsonNames
{
    public static string Unit(TableUnit unit) => unit.Label();

    public static string Kind(ColumnKind kind) => kind switch
    {
        ColumnKind.Value => "value",
        ColumnKind.Label => "label",
        ColumnKind.Code => "code",
        ColumnKind.CodeClass => "codeClass",
        ColumnKind.CodeSection => "codeSection",
        ColumnKind.CodeItem => "codeItem",
        ColumnKind.Text => "text",
    };

    public static string Side(TableSide side) => side switch
    {
        TableSide.None => "none",
        TableSide.Left => "left",
        TableSide.Right => "right",
    };

    public static string Role(RowRole role) => role switch
    {
        RowRole.Detail => "detail",
        RowRole.Subtotal => "subtotal",
        RowRole.Total => "total",
        RowRole.Footer => "footer",
        RowRole.Heading => "heading",
    };

    public static string CodeKind(RowCodeKind kind) => kind switch
    {
        RowCodeKind.None => "none",
        RowCodeKind.Function => "function",
        RowCodeKind.Economic => "economic",
        RowCodeKind.Unit => "unit",
        RowCodeKind.Project => "project",
        RowCodeKind.ProcurementItem => "procurementItem",
    };

    public static bool TryCodeKind(string text, out RowCodeKind kind) => TryParse(text, Enum.GetValues<RowCodeKind>(), CodeKind, out kind);

    public static bool TryUnit(string text, out TableUnit unit) => TryParse(text, Enum.GetValues<TableUnit>(), Unit, out unit);

    public static bool TryKind(string text, out ColumnKind kind) => TryParse(text, Enum.GetValues<ColumnKind>(), Kind, out kind);

    public static bool TrySide(string text, out TableSide side) => TryParse(text, Enum.GetValues<TableSide>(), Side, out side);

    public static bool TryRole(string text, out RowRole role) => TryParse(text, Enum.GetValues<RowRole>(), Role, out role);

    private static bool TryParse<T>(string text, T[] values, Func<T, string> name, out T value)
        where T : struct
    {
        foreach (var candidate in values)
        {
            if (name(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
