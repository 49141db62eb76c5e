using System.Text.RegularExpressions;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>How printed row labels and code cells are compared with a profile's rows beyond <see cref="CellText.Label"/>.</summary>
internal static partial class RowLabels
{
    /// <summary>
    /// A printed label is a profile row's label, or that label with a note in brackets after it
    /// (使用非财政拨款结余（含专用结余） is 使用非财政拨款结余).
    /// </summary>
    public static bool Same(string profileLabel, string printed)
    {
        var expected = CellText.Label(profileLabel);
        var label = CellText.Label(printed);
        return expected.Length > 0 && (expected == label || expected == CellText.Label(TrailingNote().Replace(CellText.Clean(printed), "")));
    }

    /// <summary>类, 款 or 项 printed in a code column: the heading of the code columns, on a row of its own or on the 合计 row.</summary>
    public static bool IsCodeHeading(string text) => text is "类" or "款" or "项";

    /// <summary>A row of a blank template: its label and code only “…” (or nothing), and no figure.</summary>
    public static bool IsPlaceholder(string label, string code) =>
        (label + code).Length > 0 && (label + code).All(c => c is '…' or '.' or '⋯' or ' ');

    /// <summary>A table whose codes are printed as 类|款|项 is a table of function rows, whatever its id (收入决算表).</summary>
    public static bool ByFunction(IEnumerable<Column> leaves) => leaves.Any(l => l.Kind == ColumnKind.CodeItem);

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingNote();
}
