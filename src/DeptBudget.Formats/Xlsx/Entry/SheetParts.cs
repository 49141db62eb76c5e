using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The worksheet elements <see cref="XlsxBuilder"/> writes around the cells: views, drop-downs, row heights.</summary>
internal static class SheetParts
{
    public const double LineHeight = 15;

    /// <summary>
    /// The lines the tallest wrapped text of a row needs in its column (a CJK character is two widths), so
    /// that every reader, not only Excel, shows headers and instructions whole.
    /// </summary>
    public static int WrappedLines(object?[] values, SheetSpec spec)
    {
        var lines = 1;
        for (var col = 0; col < values.Length && col < spec.Columns.Count; col++)
        {
            if (values[col] is Styled { Value: string text, Style: EntryStyles.Header or EntryStyles.Wrap })
            {
                var width = text.Sum(c => c >= '\u2E80' ? 2 : 1);
                lines = Math.Max(lines, (int)Math.Ceiling(width / Math.Max(spec.Columns[col].Width - 1, 1)));
            }
        }

        return lines;
    }

    public static SheetViews SheetViews(SheetSpec spec, bool first)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = first };
        if (spec.FreezeHeader)
        {
            view.Append(
                new Pane { HorizontalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        return new SheetViews(view);
    }

    public static DataValidation DataValidation(DropDown d) => new(new Formula1(d.Source))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = d.Strict ? DataValidationErrorStyleValues.Stop : DataValidationErrorStyleValues.Warning,
        ErrorTitle = "不在列表中",
        Error = d.Strict ? "请从下拉列表中选择。" : "该值不在列表中。若确认无误可继续（导入时会给出警告）。",
        Prompt = d.Prompt,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = d.Range },
    };
}
