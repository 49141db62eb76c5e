using System.Globalization;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Writing.Charts;

/// <summary>
/// The charts a disclosure document has, from its key figures: 一般公共预算支出 by function 类, 基本支出 and 项目支出,
/// 人员经费 and 公用经费, and this year against last for 收入总计, 支出总计 and “三公”经费. A chart with nothing to
/// show (all figures 0 or missing, or no last year) is left out.
/// </summary>
public static class DocumentCharts
{
    private const string ClassPrefix = "class:";

    public static IReadOnlyList<Chart> From(FigureBook figures, int year)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new[]
        {
            Years(figures, year),
            Share(figures, year, "basicProject", "基本支出与项目支出", "expenditureThisYear", ["basic", "project"]),
            Classes(figures, year),
            Share(figures, year, "personnelOperating", "人员经费与公用经费", "basic", ["personnel", "operating"]),
        }.OfType<Chart>().ToList();
    }

    private static Chart? Classes(FigureBook figures, int year)
    {
        var classes = figures.Rows
            .Where(r => r.Key.StartsWith(ClassPrefix, StringComparison.Ordinal) && figures.ThisYear(r.Key) is > 0m)
            .ToList();
        if (classes.Count == 0)
        {
            return null;
        }

        var sorted = classes.OrderByDescending(r => figures.ThisYear(r.Key)!.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new Chart
        {
            Id = "classes",
            Kind = ChartKind.Bar,
            Title = $"{year}年一般公共预算支出（按支出功能分类）",
            Labels = sorted.Select(r => r.Label).ToList(),
            Series = [new ChartSeries($"{year}年", sorted.Select(r => figures.ThisYear(r.Key)!.Value).ToList())],
            // The text lists the classes in the table's order; the chart follows the last of them.
            AnchorKeys = ["generalBudget", .. classes.Select(r => r.Key)],
        };
    }

    private static Chart? Share(FigureBook figures, int year, string id, string title, string whole, IReadOnlyList<string> keys)
    {
        if (keys.All(k => figures.ThisYear(k) is null or 0m))
        {
            return null;
        }

        return new Chart
        {
            Id = id,
            Kind = ChartKind.Share,
            Title = $"{year}年{title}",
            Labels = keys.Select(figures.Label).ToList(),
            Series = [new ChartSeries($"{year}年", keys.Select(k => figures.ThisYear(k) ?? 0m).ToList())],
            Shares = keys.Select(k => figures.Share(k) ?? 0m).ToList(),
            AnchorKeys = [whole, .. keys],
        };
    }

    private static Chart? Years(FigureBook figures, int year)
    {
        var keys = new[] { "revenueTotal", "expenditureTotal", "threePublic" }
            .Where(k => figures.ThisYear(k) is not null && figures.LastYear(k) is not null)
            .ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var previous = (year - 1).ToString(CultureInfo.InvariantCulture) + "年";
        var current = year.ToString(CultureInfo.InvariantCulture) + "年";
        return new Chart
        {
            Id = "years",
            Kind = ChartKind.YearComparison,
            Title = $"{current}与{previous}预算对比",
            Labels = keys.Select(figures.Label).ToList(),
            Series =
            [
                new ChartSeries(previous, keys.Select(k => figures.LastYear(k)!.Value).ToList()),
                new ChartSeries(current, keys.Select(k => figures.ThisYear(k)!.Value).ToList()),
            ],
            AnchorKeys = ["revenueTotal", "expenditureTotal"],
        };
    }
}
