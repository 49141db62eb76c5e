using DeptBudget.Core.Writing.Charts;
using DeptBudget.Formats.Documents.Writing.Charts;
using SkiaSharp;

namespace DeptBudget.Formats.Tests.Documents.Charts;

public class ChartImageTests
{
    public static TheoryData<string> ChartIds => ["years", "basicProject", "classes", "personnelOperating"];

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Png_DecodesAtPrintSize_AndIsDrawn(string id)
    {
        var chart = SampleDocuments.Build(SampleDocuments.Hubei).Parts.SelectMany(p => p.Blocks).OfType<ChartBlock>().Single(b => b.Chart.Id == id).Chart;

        using var bitmap = SKBitmap.Decode(ChartImage.Png(chart));

        Assert.NotNull(bitmap);
        Assert.Equal(ChartImage.Width, bitmap.Width);
        Assert.Equal(ChartImage.HeightOf(chart), bitmap.Height);
        var pixels = bitmap.Pixels;
        var inked = pixels.Count(p => p.Red < 200 || p.Green < 200 || p.Blue < 200);
        Assert.InRange(inked, pixels.Length / 50, pixels.Length * 9 / 10);
        Assert.Contains(pixels, p => p.Blue > 150 && p.Red < 80);
    }

    [Fact]
    public void ALongListOfClasses_MakesATallerBarChart()
    {
        var few = new Chart { Id = "classes", Kind = ChartKind.Bar, Title = "t", Labels = ["a"], Series = [new ChartSeries("s", [1m])] };
        var many = few with { Labels = [.. Enumerable.Range(0, 12).Select(i => "类" + i)], Series = [new ChartSeries("s", [.. Enumerable.Repeat(1m, 12)])] };

        Assert.Equal(800, ChartImage.HeightOf(few));
        Assert.True(ChartImage.HeightOf(many) > 800);
        using var bitmap = SKBitmap.Decode(ChartImage.Png(many));
        Assert.Equal(ChartImage.HeightOf(many), bitmap.Height);
    }
}
