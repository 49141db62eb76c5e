namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Typed access to one data row of a table sheet. Each accessor reports what it cannot read, naming the
/// cell, and returns a neutral value so that the whole sheet is checked in one pass.
/// </summary>
internal sealed partial class RowView(RawRow row, SheetLayout layout, ImportProblems problems)
{
    public int Number => row.Number;

    /// <summary>True once any cell of this row could not be read.</summary>
    public bool Failed { get; private set; }

    public SourcePlace Place(string? field = null) => layout.Place(row.Number, field);

    public void Error(string field, string detail)
    {
        Failed = true;
        problems.Error(Place(field), detail);
    }

    /// <summary>The trimmed text, or null when the cell is empty or the column absent.</summary>
    public string? Text(string field)
    {
        if (Cell(field) is not { } cell)
        {
            return null;
        }

        if (cell.Flavor == CellFlavor.Number && cell.Text.Contains('E', StringComparison.OrdinalIgnoreCase))
        {
            Error(field, $"这个编号被 Excel 当成了数字（显示为 {cell.Text}），长编号已丢失末几位。请把该列设为“文本”格式后重新输入原编号。");
            return null;
        }

        var text = cell.Text.Trim().Trim('\u3000');
        return text.Length == 0 ? null : text;
    }

    /// <summary>A date typed as text ("2021-12-31") or stored by Excel as a date serial number.</summary>
    public string? DateText(string field)
    {
        if (Cell(field) is { Flavor: CellFlavor.Number } cell && CellText.TryParseNumber(cell.Text, out var serial) && serial is > 0 and < 2958466)
        {
            return DateTime.FromOADate((double)serial).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return Text(field);
    }

    public string RequiredText(string field, string what)
    {
        var text = Text(field);
        if (text is null && !Failed)
        {
            Error(field, $"未填写{what}。");
        }

        return text ?? "";
    }

    /// <summary>An amount; an empty cell is 0 (as in published tables).</summary>
    public decimal Amount(string field) => OptionalAmount(field) ?? 0m;

    public decimal? OptionalAmount(string field)
    {
        if (Cell(field) is not { } cell || cell.IsBlank)
        {
            return null;
        }

        if (CellText.TryParseNumber(cell.Text, out var value))
        {
            return value;
        }

        var unitHint = cell.Text.Contains('元', StringComparison.Ordinal) ? "不要带“元”“万元”等单位，金额单位在“部门信息”中统一填写；" : "";
        Error(field, $"“{cell.Text.Trim()}”不是金额。请填写数字（如 1352.27），{unitHint}空白视为 0。");
        return null;
    }

    public int Count(string field) => OptionalCount(field) ?? 0;

    public int? OptionalCount(string field)
    {
        if (Cell(field) is not { } cell || cell.IsBlank)
        {
            return null;
        }

        if (CellText.TryParseNumber(cell.Text, out var value) && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        Error(field, $"“{cell.Text.Trim()}”不是整数。请填写人数、台数或辆数等整数。");
        return null;
    }

    /// <summary>The cell of a field; formulas and error values are reported here, once, and read as absent.</summary>
    private RawCell? Cell(string field)
    {
        if (layout.ColumnOf(field) is not { } column || row[column] is not { } cell)
        {
            return null;
        }

        if (cell.IsFormula)
        {
            Error(field, "这是一个公式单元格。导入时不计算公式，请复制该列后“选择性粘贴 → 数值”，再导入。");
            return null;
        }

        if (cell.Flavor == CellFlavor.Error)
        {
            Error(field, $"单元格显示错误值 {cell.Text}。请改为正确的值。");
            return null;
        }

        return cell;
    }
}
