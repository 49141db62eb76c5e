using System.Text;
using DeptBudget.Core.Writing.Charts;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Documents.Writing.Charts;

/// <summary>A chart in the HTML page: a figure with the PNG inline (data URI, the page stays one file), the figures in its alt text and a caption.</summary>
internal static class HtmlChart
{
    public static void Write(StringBuilder html, Chart chart)
    {
        var png = Convert.ToBase64String(ChartImage.Png(chart));
        html.Append("<figure class=\"chart\" id=\"chart-").Append(chart.Id).Append("\">\n")
            .Append("<img src=\"data:image/png;base64,").Append(png).Append("\" alt=\"").Append(TablesHtml.Escape(chart.Description)).Append("\">\n")
            .Append("<figcaption>").Append(TablesHtml.Escape(Caption(chart))).Append("</figcaption>\n</figure>\n");
    }

    public static string Caption(Chart chart) => $"{chart.Title}（单位：{chart.Unit}）";
}
