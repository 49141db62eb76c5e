using System.Globalization;
using System.Text;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Writing;
using DeptBudget.Core.Writing.Charts;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents.Charts;

/// <summary>The charts of the samples' documents: their data is the key figures', and each follows the paragraph it illustrates.</summary>
public class ChartModelTests
{
    [Theory]
    [InlineData(SampleDocuments.Xinxiang)]
    [InlineData(SampleDocuments.Hubei)]
    public void Charts_MatchTheGoldenFile(string sample)
    {
        var document = SampleDocuments.Build(sample);

        GoldenFile.Verify($"tests/DeptBudget.Formats.Tests/Documents/Golden/{Path.GetFileNameWithoutExtension(sample)}.charts.tsv", Tsv(document));
    }

    [Theory]
    [InlineData(SampleDocuments.Xinxiang)]
    [InlineData(SampleDocuments.Hubei)]
    public void ChartValues_AreTheKeyFigures(string sample)
    {
        var document = SampleDocuments.Build(sample);
        var figures = new FigureBook(document.KeyFigures());
        var charts = Charts(document).ToDictionary(c => c.Id);

        Assert.Equal(["years", "basicProject", "classes", "personnelOperating"], Charts(document).Select(c => c.Id));
        var classes = figures.Rows.Where(r => r.Key.StartsWith("class:", StringComparison.Ordinal) && figures.ThisYear(r.Key) > 0m).ToList();
        Assert.Equal(classes.Select(r => figures.ThisYear(r.Key)!.Value).OrderDescending(), charts["classes"].Series.Single().Values);
        Assert.Equal(classes.Count, charts["classes"].Labels.Count);
        Assert.Equal([figures.ThisYear("basic"), figures.ThisYear("project")], charts["basicProject"].Series.Single().Values.Select(v => (decimal?)v));
        Assert.Equal([figures.Share("basic"), figures.Share("project")], charts["basicProject"].Shares.Select(v => (decimal?)v));
        Assert.Equal([figures.ThisYear("personnel"), figures.ThisYear("operating")], charts["personnelOperating"].Series.Single().Values.Select(v => (decimal?)v));
        Assert.Equal([figures.Share("personnel"), figures.Share("operating")], charts["personnelOperating"].Shares.Select(v => (decimal?)v));
        var years = charts["years"];
        Assert.Equal(["收入总计", "支出总计", "“三公”经费"], years.Labels);
        Assert.Equal([figures.LastYear("revenueTotal"), figures.LastYear("expenditureTotal"), figures.LastYear("threePublic")], years.Series[0].Values.Select(v => (decimal?)v));
        Assert.Equal([figures.ThisYear("revenueTotal"), figures.ThisYear("expenditureTotal"), figures.ThisYear("threePublic")], years.Series[1].Values.Select(v => (decimal?)v));
    }

    [Fact]
    public void WithoutLastYear_TheYearComparisonKeepsOnlyWhatTheTablesGiveForLastYear()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang, d => d with { LastYear = null });

        // The “三公” table prints last year's figure itself; the totals have none without the dataset's lastYear.
        Assert.Equal(["“三公”经费"], Charts(document).Single(c => c.Id == "years").Labels);
    }

    [Fact]
    public void FiguresThatAreMissingOrZero_LeaveTheirChartsOut()
    {
        var keyFigures = SampleDocuments.Build(SampleDocuments.Xinxiang).KeyFigures();
        var kept = keyFigures.Rows.Where(r => !r.Key.StartsWith("class:", StringComparison.Ordinal) && r.Key is not ("personnel" or "operating" or "revenueTotal" or "expenditureTotal" or "threePublic")).ToList();

        var charts = DocumentCharts.From(new FigureBook(keyFigures with { Rows = kept }), 2022);

        Assert.Equal(["basicProject"], charts.Select(c => c.Id));
        Assert.Empty(DocumentCharts.From(new FigureBook(keyFigures with { Rows = [] }), 2022));
    }

    [Fact]
    public void EachChart_FollowsTheParagraphThatQuotesItsFigures()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang);

        var before = Before(document);

        Assert.StartsWith("新乡市政务服务和大数据管理局2022年收入总计1352.27万元，支出总计1352.27万元。", before["years"], StringComparison.Ordinal);
        Assert.Contains("基本支出953.86万元，占70.54%；项目支出398.41万元，占29.46%", before["basicProject"], StringComparison.Ordinal);
        Assert.StartsWith("卫生健康支出65.25万元", before["classes"], StringComparison.Ordinal);
        Assert.Contains("人员经费884.87万元，占92.77%", before["personnelOperating"], StringComparison.Ordinal);
    }

    [Fact]
    public void AChartWhoseFiguresTheTextNeverQuotes_IsLeftOut()
    {
        var parts = new[] { new DocumentPart("第二部分", "情况说明", [new ParagraphBlock("本年无支出。")]) };
        var keyFigures = SampleDocuments.Build(SampleDocuments.Xinxiang).KeyFigures();
        var figures = new FigureBook(keyFigures);

        var placed = ChartPlacement.Place(parts, DocumentCharts.From(figures, 2022), figures);

        Assert.Equal([new ParagraphBlock("本年无支出。")], placed.Single().Blocks);
    }

    [Fact]
    public void AProfileThatSwitchesChartsOff_HasNone()
    {
        var template = DocumentTemplateReader.Read("p", "title\t{department}\ncharts\toff\npart\t第一部分\t概况\ttotal\n", new Dictionary<string, string> { ["total"] = "收入总计{amount:revenueTotal}，支出总计{amount:expenditureTotal}。\n" }, null, "p/document.tsv");
        var dataset = SampleDocuments.Dataset(SampleDocuments.Xinxiang);
        var (tables, keyFigures) = SampleDocuments.Tables(dataset, "henan-2022");

        var off = DocumentBuilder.Build(template, dataset, tables, keyFigures, new DateOnly(2022, 4, 1), []);
        var on = DocumentBuilder.Build(template with { Charts = true }, dataset, tables, keyFigures, new DateOnly(2022, 4, 1), []);

        Assert.False(template.Charts);
        Assert.Empty(Charts(off));
        Assert.Equal(["years"], Charts(on).Select(c => c.Id));
    }

    private static IEnumerable<Chart> Charts(DisclosureDocument document) =>
        document.Parts.SelectMany(p => p.Blocks).OfType<ChartBlock>().Select(b => b.Chart);

    private static Dictionary<string, string> Before(DisclosureDocument document)
    {
        var before = new Dictionary<string, string>();
        foreach (var blocks in document.Parts.Select(p => p.Blocks))
        {
            var last = "";
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case ParagraphBlock paragraph:
                        last = paragraph.Text;
                        break;
                    case ChartBlock chart:
                        before[chart.Chart.Id] = last;
                        break;
                    default:
                        last = "";
                        break;
                }
            }
        }

        return before;
    }

    /// <summary>One line per chart value, and the start of the paragraph each chart follows.</summary>
    private static string Tsv(DisclosureDocument document)
    {
        var text = new StringBuilder("chart\tkind\ttitle\tlabel\tseries\tvalue\tshare\n");
        var before = Before(document);
        foreach (var chart in Charts(document))
        {
            foreach (var series in chart.Series)
            {
                for (var i = 0; i < chart.Labels.Count; i++)
                {
                    var share = chart.Shares.Count > i ? chart.Shares[i].ToString("0.00", CultureInfo.InvariantCulture) : "";
                    text.Append(CultureInfo.InvariantCulture, $"{chart.Id}\t{chart.Kind}\t{chart.Title}\t{chart.Labels[i]}\t{series.Name}\t{series.Values[i].ToString("0.00", CultureInfo.InvariantCulture)}\t{share}\n");
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"{chart.Id}\tafter\t{before[chart.Id][..Math.Min(30, before[chart.Id].Length)]}\n");
        }

        return text.ToString();
    }
}
