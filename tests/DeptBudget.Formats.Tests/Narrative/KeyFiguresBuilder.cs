using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tests.Narrative;

/// <summary>
/// A key-figures table built by hand, as the contract describes it: thisYear, lastYear, change = thisYear − lastYear,
/// changePct = change / lastYear × 100 (empty when lastYear is empty or 0), share = thisYear / whole × 100, shareOf.
/// </summary>
internal sealed class KeyFiguresBuilder
{
    private readonly List<(string Key, decimal? ThisYear, decimal? LastYear, string? Whole)> rows = [];

    /// <summary>Seed 002 (新乡市政务服务和大数据管理局 2022), as samples/xinxiang-2022.json holds it.</summary>
    public static KeyFiguresBuilder Seed002() => new KeyFiguresBuilder()
        .Row("revenueTotal", 1352.27m, 1631.98m).Row("expenditureTotal", 1352.27m, 1631.98m)
        .Row("revenueThisYear", 1352.27m, null).Row("expenditureThisYear", 1352.27m, null)
        .Row("fiscalAppropriation", 1352.27m, 1631.98m, "revenueThisYear").Row("generalBudget", 1352.27m, 1631.98m, "revenueThisYear")
        .Row("governmentFund", 0m, 0m, "revenueThisYear").Row("revenue:specialAccount", null, null)
        .Row("basic", 953.86m, null, "expenditureThisYear").Row("project", 398.41m, null, "expenditureThisYear")
        .Row("personnel", 884.87m, null, "basic").Row("operating", 68.99m, null, "basic")
        .Row("threePublic", 3.30m, 3.30m).Row("abroad", 0m, 0m, "threePublic").Row("vehicles", 2.30m, 2.30m, "threePublic")
        .Row("vehiclePurchase", 0m, 0m, "vehicles").Row("vehicleOperation", 2.30m, 2.30m, "vehicles").Row("reception", 1.00m, 1.00m, "threePublic")
        .Row("agencyOperatingCosts", 68.99m, null)
        .Row("procurement", 6.00m, null).Row("procurementGoods", 6.00m, null, "procurement").Row("procurementWorks", 0m, null, "procurement")
        .Row("procurementServices", 0m, null, "procurement").Row("procurementSme", 0m, null, "procurement");

    public KeyFiguresBuilder Row(string key, decimal? thisYear, decimal? lastYear, string? whole = null)
    {
        rows.RemoveAll(r => r.Key == key);
        rows.Add((key, thisYear, lastYear, whole));
        return this;
    }

    public Table Build() => new()
    {
        Id = NarrativeKeyFigures.TableId,
        Number = "关键数",
        Title = "关键数",
        Columns = [.. new[] { "thisYear", "lastYear", "change", "changePct", "share" }.Select(k => new Column { Key = k, Label = k }),
            new Column { Label = "shareOf", Kind = ColumnKind.Text, TextKey = "shareOf" }],
        Rows = rows.Select(r =>
        {
            var change = r.ThisYear - r.LastYear;
            var whole = r.Whole is null ? null : rows.First(w => w.Key == r.Whole).ThisYear;
            return new TableRow
            {
                Key = r.Key,
                Label = r.Key,
                Cells = new Dictionary<string, decimal?>
                {
                    ["thisYear"] = r.ThisYear,
                    ["lastYear"] = r.LastYear,
                    ["change"] = change,
                    ["changePct"] = r.LastYear is { } l && l != 0 ? Math.Round(change!.Value / l * 100, 2, MidpointRounding.AwayFromZero) : null,
                    ["share"] = whole is { } w && w != 0 ? Math.Round(r.ThisYear!.Value / w * 100, 2, MidpointRounding.AwayFromZero) : null,
                },
                Texts = r.Whole is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["shareOf"] = r.Whole },
            };
        }).ToList(),
    };
}
