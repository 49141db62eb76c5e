using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>Collects the cell looks a workbook uses and builds its style sheet (cell format 0 is the default look).</summary>
internal sealed class XlsxStyles
{
    private const string FontName = "宋体";

    private readonly List<XlsxStyle> styles = [new()];
    private readonly List<(bool Bold, double Size)> fonts = [(false, XlsxStyle.NormalSize)];

    public uint this[XlsxStyle style]
    {
        get
        {
            var index = styles.IndexOf(style);
            if (index < 0)
            {
                styles.Add(style);
                index = styles.Count - 1;
            }

            return (uint)index;
        }
    }

    public Stylesheet Build()
    {
        var formats = styles.Select(style => CellFormat(style)).ToList();
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat
            {
                NumberFormatId = XlsxStyle.MoneyFormat,
                FormatCode = XlsxStyle.MoneyFormatCode,
            })
            { Count = 1 },
            new Fonts(fonts.Select(f => Font(f.Bold, f.Size))) { Count = (uint)fonts.Count },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(), ThinBorder()) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private CellFormat CellFormat(XlsxStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = style.NumberFormat,
            FontId = FontIndex(style.Bold, style.FontSize),
            FillId = 0,
            BorderId = style.Border ? 1U : 0U,
            FormatId = 0,
        };
        if (style.NumberFormat != 0)
        {
            format.ApplyNumberFormat = true;
        }

        if (style.Bold || style.FontSize != XlsxStyle.NormalSize)
        {
            format.ApplyFont = true;
        }

        if (style.Border)
        {
            format.ApplyBorder = true;
        }

        if (style.Align != XlsxAlign.General || style.Wrap || style.Indent > 0 || style.Border)
        {
            format.ApplyAlignment = true;
            format.Alignment = new Alignment
            {
                Horizontal = Horizontal(style.Align),
                Vertical = VerticalAlignmentValues.Center,
                WrapText = style.Wrap ? true : null,
                Indent = style.Indent > 0 ? style.Indent : null,
            };
        }

        return format;
    }

    private uint FontIndex(bool bold, double size)
    {
        var index = fonts.IndexOf((bold, size));
        if (index < 0)
        {
            fonts.Add((bold, size));
            index = fonts.Count - 1;
        }

        return (uint)index;
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static EnumValue<HorizontalAlignmentValues>? Horizontal(XlsxAlign align) => align switch
    {
        XlsxAlign.General => null,
        XlsxAlign.Left => HorizontalAlignmentValues.Left,
        XlsxAlign.Center => HorizontalAlignmentValues.Center,
        XlsxAlign.Right => HorizontalAlignmentValues.Right,
    };
}
