using DeptBudget.Core.Model;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Writing;

/// <summary>The lists an <c>@each</c> block repeats over and the <c>any</c> condition tests.</summary>
internal static class TemplateLists
{
    /// <summary>
    /// 财政拨款 sources: a narrative quotes them by their own key figures (generalBudget …, this year's money and carry-over
    /// alike), so the revenueSources list holds the other sources only.
    /// </summary>
    private static readonly HashSet<string> FiscalSources = new(StringComparer.Ordinal) { "revenue:generalBudget", "revenue:governmentFund", "revenue:stateCapital" };

    public static IReadOnlyList<TemplateItem> Items(string list, BudgetDataset dataset, FigureBook figures)
    {
        var items = list switch
        {
            "functions" => dataset.Department.Functions.Select(f => ((string?)null, f, (decimal?)null)),
            "offices" => dataset.Department.Offices.Select(o => ((string?)null, o, (decimal?)null)),
            "units" => dataset.Units.Select(u => ((string?)null, u.Name, (decimal?)null)),
            "transfers" => dataset.SpecialTransfers.Select(t => ((string?)null, t.Name, (decimal?)t.Amount)),
            "classes" => figures.Rows.Where(r => r.Key.StartsWith("class:", StringComparison.Ordinal) && (r[Tables.Figures.KeyFigures.ThisYear] ?? 0m) != 0m)
                .Select(r => ((string?)r.Key, r.Label, r[Tables.Figures.KeyFigures.ThisYear])),
            "revenueSources" => figures.Rows.Where(r => r.Key.StartsWith("revenue:", StringComparison.Ordinal) && !FiscalSources.Contains(r.Key) && (r[Tables.Figures.KeyFigures.ThisYear] ?? 0m) != 0m)
                .Select(r => ((string?)r.Key, r.Label, r[Tables.Figures.KeyFigures.ThisYear])),
            "assets" => dataset.Assets is null ? [] : [((string?)null, "", (decimal?)null)],
            "staffing" => dataset.Department.Staffing is null ? [] : [((string?)null, "", (decimal?)null)],
            "composition" => dataset.Department.Composition is null ? [] : [((string?)null, dataset.Department.Composition, (decimal?)null)],
            "procurement" => (figures.ThisYear("procurement") ?? 0m) == 0m ? [] : [((string?)"procurement", "", figures.ThisYear("procurement"))],
            _ => throw new ArgumentException($"Unknown list {list}.", nameof(list)),
        };
        return items.Select((item, index) => new TemplateItem(item.Item1, item.Item2, item.Item3, index + 1)).ToList();
    }
}
