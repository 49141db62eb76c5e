using DeptBudget.Core.Writing.Charts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace DeptBudget.Formats.Documents.Writing.Charts;

/// <summary>
/// A chart in the .docx: the PNG as an image part, shown by an inline DrawingML picture as wide as the portrait
/// text area (15.6 cm), its figures as the picture's description (alt text), and a centred caption below.
/// </summary>
internal static class DocxChart
{
    /// <summary>The portrait text width in EMU: 11906 − 1474 − 1587 twips, 635 EMU each.</summary>
    private const long TextWidth = 8845L * 635L;

    public static IEnumerable<Paragraph> Write(MainDocumentPart main, Chart chart)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(ChartImage.Png(chart)))
        {
            image.FeedData(png);
        }

        var id = (uint)main.ImageParts.Count();
        var height = TextWidth * ChartImage.HeightOf(chart) / ChartImage.Width;
        var centred = new ParagraphProperties(
            new KeepNext(), new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLine = "0", FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center });
        yield return new Paragraph(centred, new Run(new Drawing(Inline(main.GetIdOfPart(image), id, chart, height))));
        yield return new Paragraph(
            new ParagraphProperties(new Indentation { FirstLine = "0", FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center }),
            new Run(new Text(HtmlChart.Caption(chart)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Wp.Inline Inline(string relationshipId, uint id, Chart chart, long height)
    {
        var name = "chart-" + chart.Id;
        return new Wp.Inline(
            new Wp.Extent { Cx = TextWidth, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = chart.Description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = chart.Description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = TextWidth, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
    }
}
