using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Writing;

/// <summary>
/// What placeholders read: the dataset (names, free texts, reasons), the key figures, the profile's reason threshold.
/// Collects the findings writing produces (a missing reason for a large change).
/// </summary>
internal sealed class WritingContext(BudgetDataset dataset, FigureBook figures, decimal reasonThreshold)
{
    public const string MissingReasonRule = "narrative-missing-reason";
    public const string MissingReasonText = Wording.MissingReason;

    private readonly List<Finding> findings = [];
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    public BudgetDataset Dataset => dataset;

    public FigureBook Figures => figures;

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>The heading of the section being written, for the findings' location.</summary>
    public string? Section { get; set; }

    public string Call(string name, string? argument, TemplateItem? item) => name switch
    {
        "department" => dataset.Department.Name,
        "year" => Year(dataset.Year),
        "prevYear" => Year(dataset.Year - 1),
        "amount" => Figure(argument, item, figures.ThisYear) is { } amount ? Wording.Amount(amount) : Wording.Amount(0m),
        "share" => Figure(argument, item, figures.Share) is { } share ? Wording.Percent(share) : Wording.Percent(0m),
        "change" => Change(Key(argument, item)),
        "reason" => Reason(Key(argument, item)),
        "text" => dataset.Reasons.GetValueOrDefault(Key(argument, item)) ?? "",
        "label" => item is not null && argument is null or "@" ? item!.Text : figures.Label(Key(argument, item)),
        "n" => item is null ? "" : ChineseNumerals.Of(item.Index),
        "item" => item?.Text ?? "",
        "itemAmount" => item?.Amount is { } a ? Wording.Amount(a) : "",
        "unitCount" => ChineseNumerals.Of(Math.Max(1, dataset.Units.Count)),
        "units" => string.Join("、", dataset.Units.Select(u => u.Name)),
        "offices" => string.Join("、", dataset.Department.Offices),
        "officeCount" => Count(dataset.Department.Offices.Count),
        "composition" => dataset.Department.Composition ?? "",
        "staffing" => StaffingText.Describe(dataset.Department.Staffing),
        "vehicles" => string.Join("、", (dataset.Assets?.Vehicles ?? []).Select(v => $"{v.Kind}{Count(v.Count)}辆")),
        "assetsYear" => dataset.Assets?.AsOf is { Length: >= 4 } asOf ? asOf[..4] : Year(dataset.Year - 1),
        "generalEquipment" => Count(dataset.Assets?.GeneralEquipmentOver50 ?? 0),
        "specialEquipment" => Count(dataset.Assets?.SpecialEquipmentOver100 ?? 0),
        "transferCount" => Count(dataset.SpecialTransfers.Count),
        "otherAmount" => Wording.Amount(Other()),
        "otherShare" => Wording.Percent(figures.ThisYear("expenditureThisYear") is { } whole and not 0m ? Math.Round(Other() / whole * 100m, 2, MidpointRounding.AwayFromZero) : 0m),
        "vehicleCount" => Count((dataset.Assets?.Vehicles ?? []).Sum(v => v.Count)),
        "parts" => string.Join("；", TemplateLists.Items(argument ?? "", dataset, figures)
            .Select(i => i.Text + Wording.Amount(i.Amount ?? 0m))),
        _ => throw new ArgumentException($"Unknown placeholder {name}.", nameof(name)),
    };

    public bool Test(string condition, string? argument, TemplateItem? item) => condition switch
    {
        "nonzero" => (figures.ThisYear(Key(argument, item)) ?? 0m) != 0m,
        "zero" => (figures.ThisYear(Key(argument, item)) ?? 0m) == 0m,
        "last" => figures.LastYear(Key(argument, item)) is not null,
        "changed" => figures.LastYear(Key(argument, item)) is { } last && last != (figures.ThisYear(Key(argument, item)) ?? 0m),
        "reason" => dataset.Reasons.ContainsKey(ReasonKeys.For(Key(argument, item))),
        "text" => dataset.Reasons.TryGetValue(Key(argument, item), out var text) && text.Trim().Length > 0,
        "other" => Other() != 0m,
        "any" => TemplateLists.Items(argument ?? "", dataset, figures).Count > 0,
        _ => throw new ArgumentException($"Unknown condition {condition}.", nameof(condition)),
    };

    /// <summary>本年支出 that is neither 基本支出 nor 项目支出 (经营支出, 上缴上级支出, 对附属单位补助支出).</summary>
    private decimal Other() =>
        (figures.ThisYear("expenditureThisYear") ?? 0m) - (figures.ThisYear("basic") ?? 0m) - (figures.ThisYear("project") ?? 0m);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The argument with <c>@</c> replaced by the current item's key (<c>@.use</c> → <c>class:201.use</c>).</summary>
    private static string Key(string? argument, TemplateItem? item)
    {
        var key = argument ?? "@";
        return item?.Key is { } own ? key.Replace("@", own, StringComparison.Ordinal) : key;
    }

    private static decimal? Figure(string? argument, TemplateItem? item, Func<string, decimal?> read) => read(Key(argument, item));

    private string Change(string key) =>
        figures.LastYear(key) is { } last
            ? Wording.Change(figures.ThisYear(key) ?? 0m, last, dataset.Year - 1)
            : $"无{Year(dataset.Year - 1)}年可比数据";

    /// <summary>
    /// “主要原因：…。” from the dataset; for a change beyond the threshold without one, the visible placeholder and a
    /// finding; nothing for a small change without one.
    /// </summary>
    private string Reason(string key)
    {
        var reasonKey = ReasonKeys.For(key);
        if (dataset.Reasons.TryGetValue(reasonKey, out var reason) && reason.Trim().Length > 0)
        {
            return "主要原因：" + reason.Trim().TrimEnd('。', '；', ';') + "。";
        }

        if (!NeedsReason(key))
        {
            return "";
        }

        if (reported.Add(reasonKey))
        {
            findings.Add(MissingReason(key, reasonKey));
        }

        return "主要原因：" + MissingReasonText + "。";
    }

    private bool NeedsReason(string key)
    {
        if (figures.LastYear(key) is not { } last)
        {
            return false;
        }

        var thisYear = figures.ThisYear(key) ?? 0m;
        return last == 0m ? thisYear != 0m : Math.Abs((thisYear - last) / last * 100m) >= reasonThreshold;
    }

    private Finding MissingReason(string key, string reasonKey)
    {
        var thisYear = figures.ThisYear(key) ?? 0m;
        var last = figures.LastYear(key) ?? 0m;
        var change = Wording.Change(thisYear, last, dataset.Year - 1);
        var threshold = reasonThreshold.ToString("0.##", CultureInfo.InvariantCulture);
        return CodeFinding.Create(MissingReasonRule, findings.Count + 1, Severity.Warning,
            new Location { TableId = Tables.StandardTables.KeyFigures, RowKey = key, RowLabel = figures.Label(key), Section = Section },
            thisYear, last,
            $"“{figures.Label(key)}”{change}，变动超过 ±{threshold}%，但数据集的 reasons 中没有“{reasonKey}”的原因；" +
                $"说明中暂写“{MissingReasonText}”，请在数据集（或录入工作簿“上年数及原因”表）中填写原因后重新生成。");
    }
}
