using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Codes, labels and 是/否 of a row: what the drop-downs of the workbook offer.</summary>
internal sealed partial class RowView
{
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
}
