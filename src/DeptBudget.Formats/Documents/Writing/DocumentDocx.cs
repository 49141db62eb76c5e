using DeptBudget.Core.Writing;
using DeptBudget.Core.Writing.Charts;
using DeptBudget.Formats.Documents.Writing.Charts;
using DeptBudget.Formats.Targets.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// The document as .docx (OpenXml): A4 portrait for the cover, contents and narrative (GB/T 9704 margins), A4
/// landscape for the tables and the performance part's forms (the forms' own Word writer); page numbers “— 1 —” in the footer; headings as Word styles; the contents as a TOC
/// field whose cached entries are the headings (Word and WPS refresh the page numbers with 更新域).
/// </summary>
public static class DocumentDocx
{
    public static void Write(DisclosureDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var memory = new MemoryStream();
        using (var word = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            DocxStyles.Add(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var footerId = main.GetIdOfPart(footer);
            var body = new Body();
            WriteCover(body, document);
            WriteContents(body, document);
            var narrative = document.Parts.Where(p => !p.Blocks.Any(b => b is TableBlock or TargetFormBlock)).ToList();
            foreach (var part in narrative)
            {
                WritePart(body, part, main);
            }

            var tableParts = document.Parts.Except(narrative).ToList();
            if (tableParts.Count > 0)
            {
                body.Append(new Paragraph(new ParagraphProperties(Section(footerId, landscape: false))));
                foreach (var part in tableParts)
                {
                    WritePart(body, part, main);
                }
            }

            body.Append(Section(footerId, landscape: tableParts.Count > 0));
            main.Document = new Document(body);
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Language = "zh-CN";
        }

        output.Write(memory.GetBuffer(), 0, (int)memory.Length);
    }

    private static void WriteCover(Body body, DisclosureDocument document)
    {
        for (var i = 0; i < 6; i++)
        {
            body.Append(new Paragraph());
        }

        body.Append(Styled(document.Title, DocxStyles.Title));
        body.Append(new Paragraph());
        body.Append(Styled(document.Date, DocxStyles.Title, size: 32));
        if (document.Banner.Count > 0)
        {
            body.Append(new Paragraph());
            body.Append(Styled(DocumentBanner.Title + "：" + DocumentBanner.Lead(document), DocxStyles.Banner));
            foreach (var (finding, index) in document.Banner.Select((f, i) => (f, i + 1)))
            {
                body.Append(Styled($"{index}. {DocumentBanner.Line(finding)}", DocxStyles.Banner));
            }
        }
    }

    /// <summary>目录: a TOC field over heading levels 1–2, its cached result the headings themselves.</summary>
    private static void WriteContents(Body body, DisclosureDocument document)
    {
        var title = Styled("目　录", DocxStyles.Heading1);
        title.ParagraphProperties!.Append(new OutlineLevel { Val = 9 });
        body.Append(title);
        var entries = document.Parts.SelectMany(p => new[] { (Level: 1, Text: p.FullHeading) }
            .Concat(p.Blocks.Select(DocumentForms.ContentsEntry).OfType<string>().Select(text => (Level: 2, Text: text)))).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = Styled(entries[i].Text, entries[i].Level == 1 ? DocxStyles.Toc1 : DocxStyles.Toc2);
            if (i == 0)
            {
                paragraph.InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), paragraph.ParagraphProperties);
                paragraph.InsertAfter(new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }), paragraph.ParagraphProperties);
                paragraph.InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), paragraph.ParagraphProperties);
            }

            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            body.Append(paragraph);
        }
    }

    private static void WritePart(Body body, DocumentPart part, MainDocumentPart main)
    {
        body.Append(Styled(part.FullHeading, DocxStyles.Heading1));
        foreach (var block in part.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    body.Append(Styled(heading.Text, heading.Level == 2 ? DocxStyles.Heading2 : DocxStyles.Heading3));
                    break;
                case ParagraphBlock paragraph:
                    body.Append(new Paragraph(new Run(new Text(paragraph.Text) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                case TableBlock table:
                    body.Append(DocxTableWriter.Write(table.Table));
                    break;
                case TargetFormBlock form:
                    var title = body.ChildElements.Count;
                    FormDocx.WriteForm(body, DocumentForms.Layout(form), pageBreak: !ReferenceEquals(form, part.Blocks.OfType<TargetFormBlock>().First()));

                    // The title at outline level 2, so that Word's TOC field keeps the form's entry when it is updated.
                    body.ChildElements[title].GetFirstChild<ParagraphProperties>()!.Append(new OutlineLevel { Val = 1 });
                    break;
                case ChartBlock chart:
                    body.Append(DocxChart.Write(main, chart.Chart));
                    break;
                default:
                    break;
            }
        }
    }

    private static Paragraph Styled(string text, string style, int? size = null)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (size is { } half)
        {
            var value = half.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.PrependChild(new RunProperties(new FontSize { Val = value }, new FontSizeComplexScript { Val = value }));
        }

        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), run);
    }

    private static SectionProperties Section(string footerId, bool landscape) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        landscape
            ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906, Height = 16838 },
        landscape
            ? new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }
            : new PageMargin { Top = 2098, Right = 1474, Bottom = 1984, Left = 1587, Header = 851, Footer = 992, Gutter = 0 });

    /// <summary>“— 1 —”, centred, 宋体 四号, as GB/T 9704 numbers pages.</summary>
    private static Footer PageNumberFooter()
    {
        var properties = new ParagraphProperties(new Indentation { FirstLine = "0", FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center });
        RunProperties Font() => new(DocxStyles.Fonts(DocxStyles.TableFont), new FontSize { Val = "28" });
        return new Footer(new Paragraph(
            properties,
            new Run(Font(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Font(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Font(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Font(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Font(), new Text("1")),
            new Run(Font(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Font(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }
}
