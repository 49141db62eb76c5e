using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Typed access to one data row of a table sheet. Each accessor reports what it cannot read, naming the
/// cell, and returns a neutral value so that the whole sheet is checked in one pass.
/// </summary>
internal sealed class RowView(RawRow row, SheetLayout layout, ImportProblems problems)
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

    public FunctionCode? Function(string field, bool required) =>
        Code<FunctionCode>(field, required, "功能分类科目", FunctionCode.TryParse, "7 位项级科目编码，如 2010301 或“2010301 行政运行”");

    public EconomicCode? Economic(string field, bool required) =>
        Code<EconomicCode>(field, required, "经济分类科目", EconomicCode.TryParse, "5 位款级科目编码，如 30201 或“30201 办公费”");

    public T Choice<T>(string field, ChoiceList<T> list)
        where T : struct, Enum => OptionalChoice(field, list, required: true) ?? default;

    public T? OptionalChoice<T>(string field, ChoiceList<T> list, bool required = false)
        where T : struct, Enum
    {
        var text = Text(field);
        if (text is null)
        {
            if (required && !Failed)
            {
                Error(field, $"未填写{list.Name}。请从下拉列表中选择：{string.Join("、", list.Labels)}。");
            }

            return null;
        }

        if (list.TryParse(text, out var value))
        {
            return value;
        }

        Error(field, $"“{text}”不是可选的{list.Name}。请从下拉列表中选择：{string.Join("、", list.Labels)}。");
        return null;
    }

    public bool YesNo(string field)
    {
        var text = Text(field) ?? "";
        if (EntryLabels.TryParseYesNo(text, out var value))
        {
            return value;
        }

        Error(field, $"“{text}”应为“是”或“否”（空白视为“否”）。");
        return false;
    }

    private delegate bool CodeParser<TCode>(string? text, out TCode code);

    private TCode? Code<TCode>(string field, bool required, string what, CodeParser<TCode> parse, string hint)
        where TCode : struct
    {
        var text = Text(field);
        if (text is null)
        {
            if (required && !Failed)
            {
                Error(field, $"未填写{what}。请填写{hint}。");
            }

            return null;
        }

        if (parse(CellText.CodePrefix(text), out var code))
        {
            return code;
        }

        Error(field, $"“{text}”不是{what}编码。请填写{hint}。");
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
