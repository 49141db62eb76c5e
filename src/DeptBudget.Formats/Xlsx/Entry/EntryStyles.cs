using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The cell formats of the entry workbook (indices into cellXfs).</summary>
internal static class EntryStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Amount = 2;
    public const uint Text = 3;
    public const uint Integer = 4;
    public const uint Wrap = 5;
    public const uint Title = 6;

    public static uint For(CellKind kind) => kind switch
    {
        CellKind.Amount => Amount,
        CellKind.Count => Integer,
        CellKind.Quantity => Default,
        CellKind.Text or CellKind.Code or CellKind.Choice or CellKind.YesNo => Text,
    };

    public static void AddTo(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(Font(false, 11), Font(true, 11), Font(true, 14)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder { Style = BorderStyleValues.Thin },
                    new RightBorder { Style = BorderStyleValues.Thin },
                    new TopBorder { Style = BorderStyleValues.Thin },
                    new BottomBorder { Style = BorderStyleValues.Thin },
                    new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                {
                    FontId = 1,
                    FillId = 2,
                    BorderId = 1,
                    ApplyFont = true,
                    ApplyFill = true,
                    ApplyBorder = true,
                    ApplyAlignment = true,
                },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true })
            { Count = 7 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
        return font;
    }
}
