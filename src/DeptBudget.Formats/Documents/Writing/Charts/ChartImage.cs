using System.Globalization;
using DeptBudget.Core.Writing;
using DeptBudget.Core.Writing.Charts;
using ScottPlot;

namespace DeptBudget.Formats.Documents.Writing.Charts;

/// <summary>
/// Draws a chart of the document (ScottPlot) as a PNG at print resolution: 1800 px wide, 300 dpi across the
/// 15.6 cm text width of an A4 page with GB/T 9704 margins.
/// </summary>
public static class ChartImage
{
    public const int Width = 1800;

    private const int Scale = 2;

    public static int HeightOf(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Kind == ChartKind.Bar ? Math.Max(800, (240 + (110 * chart.Labels.Count)) / 2 * 2) : 1000;
    }

    public static byte[] Png(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot { ScaleFactor = Scale };
        switch (chart.Kind)
        {
            case ChartKind.Bar:
                DrawBars(plot, chart);
                break;
            case ChartKind.Share:
                DrawShares(plot, chart);
                break;
            default:
                DrawYears(plot, chart);
                break;
        }

        plot.Title(chart.Title);
        plot.Font.Set(ChartFont.Name);
        return plot.GetImageBytes(Width, HeightOf(chart), ImageFormat.Png);
    }

    /// <summary>As the narrative writes amounts, without the unit: 2 decimals, half-up.</summary>
    private static string Number(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    private static readonly Color[] Palette = [new("#1f5fa8"), new("#e08a1e"), new("#3a9a5b"), new("#b03a48")];

    private static void DrawBars(Plot plot, Chart chart)
    {
        var values = chart.Series[0].Values;
        var count = values.Count;
        // Largest on top: the first label gets the highest position.
        var bars = values.Select((v, i) => new Bar
        {
            Position = count - 1 - i,
            Value = (double)v,
            FillColor = Palette[0],
            Label = Number(v),
            Orientation = Orientation.Horizontal,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = ChartFont.Name;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(), chart.Labels.ToArray());
        plot.Axes.Margins(left: 0, right: 0.2, bottom: 0.05, top: 0.05);
        plot.XLabel(chart.Unit);
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    private static void DrawShares(Plot plot, Chart chart)
    {
        var values = chart.Series[0].Values;
        var slices = values.Select((v, i) => new PieSlice
        {
            Value = (double)v,
            FillColor = Palette[i % Palette.Length],
            Label = $"{chart.Labels[i]} {Wording.Amount(v)}（{Wording.Percent(chart.Shares[i])}）",
            LegendText = chart.Labels[i],
        }).Where(s => s.Value > 0).ToList();
        var pie = plot.Add.Pie(slices);
        pie.SliceLabelDistance = 1.45;
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.HideLegend();
        plot.Axes.SetLimits(-1.9, 1.9, -1.5, 1.5);
    }

    private static void DrawYears(Plot plot, Chart chart)
    {
        var groups = chart.Labels.Count;
        var series = chart.Series.Count;
        var bars = new List<Bar>();
        for (var s = 0; s < series; s++)
        {
            for (var g = 0; g < groups; g++)
            {
                var value = chart.Series[s].Values[g];
                bars.Add(new Bar
                {
                    Position = (g * (series + 1)) + s,
                    Value = (double)value,
                    FillColor = Palette[s % Palette.Length],
                    // The year on each bar: a legend box clips CJK text under ScottPlot's scaling.
                    Label = $"{chart.Series[s].Name} {Number(value)}",
                });
            }
        }

        plot.Add.Bars(bars).ValueLabelStyle.FontName = ChartFont.Name;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, groups).Select(g => (g * (series + 1)) + ((series - 1) / 2.0)).ToArray(), chart.Labels.ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.YLabel(chart.Unit);
    }
}
