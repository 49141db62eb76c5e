using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// The styles of the Word document, named as government documents name their fonts (GB/T 9704): body 仿宋_GB2312 三号
/// with a fixed 28 pt line, Heading1–2 黑体, Heading3 楷体_GB2312, the title 方正小标宋简体 二号, tables 宋体; the font table
/// gives each font its usual substitute (altName) for machines that lack it. Heading styles carry outline levels, so
/// the contents is a Word TOC field over them.
/// </summary>
internal static class DocxStyles
{
    public const string Body = "仿宋_GB2312", Bold = "黑体", Kai = "楷体_GB2312", TitleFont = "方正小标宋简体", TableFont = "宋体";
    public const string Title = "Title", Heading1 = "Heading1", Heading2 = "Heading2", Heading3 = "Heading3", TableText = "TableText",
        TableTitle = "TableTitle", Toc1 = "TOC1", Toc2 = "TOC2", Banner = "Banner";

    /// <summary>Font sizes in half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, table text 9 pt.</summary>
    private const int Size2 = 44, Size3 = 32, TableSize = 18, TableTitleSize = 36;

    private static readonly (string Name, string Alt)[] FontsAndSubstitutes =
    [
        (Body, "仿宋"), (Bold, "SimHei"), (Kai, "楷体"), (TitleFont, "宋体"), (TableFont, "SimSun"),
    ];

    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(Body), new FontSize { Val = Half(Size3) }, new FontSizeComplexScript { Val = Half(Size3) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
            Paragraph("Normal", "Normal", null, new ParagraphProperties(new Indentation { FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }), new RunProperties()),
            Paragraph(Title, "Title", 0, Centered(), Run(TitleFont, Size2)),
            Paragraph(Heading1, "heading 1", 0, Centered(outline: 0, pageBreak: true), Run(Bold, Size3)),
            Paragraph(Heading2, "heading 2", 1, Plain(outline: 1), Run(Bold, Size3)),
            Paragraph(Heading3, "heading 3", 2, Plain(outline: 2), Run(Kai, Size3)),
            Paragraph(Toc1, "toc 1", null, new ParagraphProperties(new Indentation { FirstLineChars = 0, FirstLine = "0" }), new RunProperties()),
            Paragraph(Toc2, "toc 2", null, new ParagraphProperties(new Indentation { Left = "640", FirstLineChars = 0, FirstLine = "0" }), new RunProperties()),
            Paragraph(TableTitle, "Table Title", null, new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "120", After = "120" },
                new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center }), Run(TitleFont, TableTitleSize)),
            Paragraph(TableText, "Table Text", null, new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                new Indentation { FirstLineChars = 0, FirstLine = "0" }), Run(TableFont, TableSize)),
            Paragraph(Banner, "Banner", null, new ParagraphProperties(
                new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 18, Color = "B00020" }, new LeftBorder { Val = BorderValues.Single, Size = 18, Color = "B00020" },
                    new BottomBorder { Val = BorderValues.Single, Size = 18, Color = "B00020" }, new RightBorder { Val = BorderValues.Single, Size = 18, Color = "B00020" }),
                new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0, FirstLine = "0" }),
                new RunProperties(new RunFonts { EastAsia = Bold, Hint = FontTypeHintValues.EastAsia }, new Color { Val = "B00020" }, new FontSize { Val = "24" })));

        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(FontsAndSubstitutes.Select(f => new Font(new AltName { Val = f.Alt }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }) { Name = f.Name }));
    }

    /// <summary>Digits and Latin letters in Times New Roman, Chinese in <paramref name="eastAsia"/> (GB/T 9704).</summary>
    public static RunFonts Fonts(string eastAsia) => new()
    {
        Ascii = "Times New Roman",
        HighAnsi = "Times New Roman",
        ComplexScript = "Times New Roman",
        EastAsia = eastAsia,
        Hint = FontTypeHintValues.EastAsia,
    };

    private static string Half(int size) => size.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RunProperties Run(string font, int size) =>
        new(Fonts(font), new FontSize { Val = Half(size) }, new FontSizeComplexScript { Val = Half(size) });

    private static ParagraphProperties Centered(int? outline = null, bool pageBreak = false)
    {
        var properties = new ParagraphProperties(new KeepNext());
        if (pageBreak)
        {
            properties.Append(new PageBreakBefore());
        }

        properties.Append(new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center });
        if (outline is { } level)
        {
            properties.Append(new OutlineLevel { Val = level });
        }

        return properties;
    }

    private static ParagraphProperties Plain(int outline) =>
        new(new KeepNext(), new Indentation { FirstLineChars = 200 }, new OutlineLevel { Val = outline });

    private static Style Paragraph(string id, string name, int? uiPriority, ParagraphProperties paragraph, RunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }

        if (uiPriority is not null)
        {
            style.Append(new PrimaryStyle());
        }

        style.Append(paragraph, run);
        return style;
    }
}
