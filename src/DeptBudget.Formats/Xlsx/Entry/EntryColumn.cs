namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>What a cell of the entry workbook holds, which decides its format, its parsing and its drop-down.</summary>
internal enum CellKind
{
    /// <summary>Free text or an identifier (text format, so that "118001" or a 21-digit 项目编码 stays as typed).</summary>
    Text,

    /// <summary>A classification code, written "2010301 行政运行", read from "2010301", "201 03 01" or that form.</summary>
    Code,

    /// <summary>Money, <c>#,##0.00</c>.</summary>
    Amount,

    /// <summary>A whole number of people, vehicles or items.</summary>
    Count,

    /// <summary>A quantity that may have decimals (政府采购 数量).</summary>
    Quantity,

    /// <summary>One label of a fixed list (单位性质, 支出类型 …).</summary>
    Choice,

    /// <summary>是 / 否.</summary>
    YesNo,
}

/// <summary>
/// One column of a table sheet: its Chinese header, the dataset field it fills (JSON name, dotted when
/// nested), its kind, width, whether the sheet must have it, and the list its drop-down offers.
/// </summary>
internal sealed record EntryColumn(string Header, string Field, CellKind Kind, double Width, bool Required = true, ListKey? List = null)
{
    /// <summary>Headers compare without spaces, line breaks and with half-width parentheses.</summary>
    public static string Normalize(string header)
    {
        var chars = new System.Text.StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars.Append(c switch { '(' => '（', ')' => '）', _ => c });
            }
        }

        return chars.ToString();
    }
}
