using System.Text.RegularExpressions;
using DeptBudget.Core.Writing.Charts;
using DeptBudget.Formats.Documents.Writing;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace DeptBudget.Formats.Tests.Documents.Charts;

/// <summary>The charts as the HTML and Word writers print them.</summary>
public partial class ChartDocumentTests
{
    [Fact]
    public void Html_HasEachChartAsAFigureWithItsFiguresInTheAltText()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang);

        var html = DocumentHtml.Write(document);

        var figures = Figure().Matches(html);
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.StartsWith("iVBORw0KGgo", f.Groups["png"].Value, StringComparison.Ordinal));
        Assert.Contains(figures, f => f.Groups["alt"].Value == "2022年基本支出与项目支出（单位：万元）：基本支出953.86万元，占70.54%；项目支出398.41万元，占29.46%。");
        Assert.Contains(figures, f => f.Groups["alt"].Value.Contains("一般公共服务支出1193.81万元；社会保障和就业支出93.21万元；卫生健康支出65.25万元", StringComparison.Ordinal));
        Assert.Contains("<figcaption>2022年人员经费与公用经费（单位：万元）</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_HasAnImagePartPerChart_ReferencedFromTheBodyWithAltText()
    {
        var document = SampleDocuments.Build(SampleDocuments.Hubei);
        using var stream = new MemoryStream();
        DocumentDocx.Write(document, stream);

        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var main = word.MainDocumentPart!;
        var blips = main.Document!.Body!.Descendants<A.Blip>().ToList();

        Assert.Equal(4, blips.Count);
        Assert.Equal(4, main.ImageParts.Count());
        Assert.All(blips, b => Assert.IsType<ImagePart>(main.GetPartById(b.Embed!.Value!), exactMatch: false));
        var descriptions = main.Document.Body.Descendants<Wp.DocProperties>().Select(p => p.Description!.Value!).ToList();
        var charts = document.Parts.SelectMany(p => p.Blocks).OfType<ChartBlock>().Select(b => b.Chart.Description).ToList();
        Assert.Equal(charts, descriptions);
        Assert.All(main.Document.Body.Descendants<Wp.Extent>(), e => Assert.Equal(8845L * 635L, e.Cx!.Value));
    }

    [GeneratedRegex("<figure class=\"chart\" id=\"chart-\\w+\">\\n<img src=\"data:image/png;base64,(?<png>[^\"]+)\" alt=\"(?<alt>[^\"]+)\">\\n<figcaption>")]
    private static partial Regex Figure();
}
