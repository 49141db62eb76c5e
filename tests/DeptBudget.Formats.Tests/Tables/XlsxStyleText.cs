using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>Describes a cell format of a style sheet in words: "bold border center wrap #,##0.00".</summary>
internal sealed class XlsxStyleText(Stylesheet stylesheet)
{
    private readonly List<CellFormat> formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
    private readonly List<Font> fonts = stylesheet.Fonts!.Elements<Font>().ToList();

    public CellFormat Format(uint index) => formats[(int)index];

    public string NumberFormat(uint index)
    {
        var id = Format(index).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            49 => "@",
            _ => stylesheet.NumberingFormats?.Elements<NumberingFormat>().Single(f => f.NumberFormatId?.Value == id).FormatCode?.Value ?? "?",
        };
    }

    public bool IsBold(uint index) => fonts[(int)(Format(index).FontId?.Value ?? 0)].Bold is not null;

    public string Describe(uint index)
    {
        var format = Format(index);
        var font = fonts[(int)(format.FontId?.Value ?? 0)];
        var words = new List<string>();
        if (font.Bold is not null)
        {
            words.Add("bold");
        }

        if (font.FontSize?.Val?.Value is { } size && size != 11)
        {
            words.Add($"size {size}");
        }

        if (format.BorderId?.Value is > 0)
        {
            words.Add("border");
        }

        if (format.Alignment is { } alignment)
        {
            words.Add(alignment.Horizontal?.ToString() ?? "general");
            if (alignment.WrapText?.Value is true)
            {
                words.Add("wrap");
            }

            if (alignment.Indent?.Value is { } indent)
            {
                words.Add($"indent {indent}");
            }
        }

        words.Add(NumberFormat(index));
        return string.Join(" ", words);
    }
}
