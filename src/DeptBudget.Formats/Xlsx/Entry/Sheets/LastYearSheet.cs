using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>One row of 上年数及原因: a key, last year's figure and the reason or note.</summary>
internal sealed record LastYearRow(string Key, string? Label, decimal? Figure, string? Reason);

/// <summary>上年数及原因: last year's totals (LastYearFigures) and the reasons for changes (Reasons), by key.</summary>
internal sealed class LastYearSheet(IEnumerable<(string Code, string Name)> functionClasses) : TableSheet<LastYearRow>
{
    public const string RowsCollection = "lastYear.rows";

    public override string Name => "上年数及原因";

    public override string Collection => RowsCollection;

    public override string Purpose =>
        "上年预算数和增减变动原因，按“键”对应；可增加行，键可自拟（只填原因）；“三公”经费的上年数填在“三公经费”表。";

    public override IReadOnlyList<EntryColumn> Columns { get; } =
    [
        new("键", "key", CellKind.Text, 26),
        new("项目", "label", CellKind.Text, 40, Required: false),
        new("上年预算数", "figure", CellKind.Amount, 16, Required: false),
        new("原因或说明", "reason", CellKind.Text, 70, Required: false),
    ];

    public override IReadOnlyList<LastYearRow> Items(BudgetDataset dataset)
    {
        var rows = Template().Select(r => r with { Figure = LastYearKeys.Get(dataset.LastYear, r.Key), Reason = dataset.Reasons.GetValueOrDefault(r.Key) }).ToList();
        var listed = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, amount) in dataset.LastYear?.GeneralBudgetByClass ?? new Dictionary<string, decimal>())
        {
            var key = LastYearKeys.ClassPrefix + code;
            if (listed.Add(key))
            {
                rows.Add(new LastYearRow(key, $"一般公共预算支出：{code}", amount, dataset.Reasons.GetValueOrDefault(key)));
            }
        }

        rows.AddRange(dataset.Reasons.Where(r => listed.Add(r.Key)).Select(r => new LastYearRow(r.Key, null, null, r.Value)));
        return rows;
    }

    /// <summary>The rows of an empty workbook: the standard keys and one per function 类.</summary>
    public IEnumerable<LastYearRow> Template() =>
    [
        .. LastYearKeys.Standard.Select(s => new LastYearRow(s.Key, s.Label, null, null)),
        .. functionClasses.Select(c => new LastYearRow(LastYearKeys.ClassPrefix + c.Code, $"一般公共预算支出：{c.Code} {c.Name}", null, null)),
    ];

    public override object?[] ToRow(LastYearRow item, CodeNames names) => [item.Key, item.Label, item.Figure, item.Reason];

    public override LastYearRow FromRow(RowView row)
    {
        var key = row.RequiredText("key", "键（如 revenueTotal；可自拟）");
        var figure = row.OptionalAmount("figure");
        if (figure is not null && !LastYearKeys.HasFigure(key) && !row.Failed)
        {
            row.Error("figure", key.StartsWith("threePublic.", StringComparison.Ordinal)
                ? "“三公”经费的上年数请填在“三公经费”工作表中，这里只填原因。"
                : $"键“{key}”没有对应的上年数，这里只能填原因。请清空上年预算数，或改用表中已有的键。");
        }
        else if (key.StartsWith(LastYearKeys.ClassPrefix, StringComparison.Ordinal) && !IsClassKey(key))
        {
            row.Error("key", $"键“{key}”应为 class: 加 3 位功能分类类级编码，如 class:201。");
        }

        return new LastYearRow(key, row.Text("label"), figure, row.Text("reason"));
    }

    private static bool IsClassKey(string key) =>
        FunctionCode.TryParse(key[LastYearKeys.ClassPrefix.Length..], out var code) && code.Level == CodeLevel.Class;

    /// <summary>Folds the rows into figures and reasons; a key may appear once.</summary>
    public static (LastYearFigures? Figures, Dictionary<string, string> Reasons) Fold(
        IReadOnlyList<LastYearRow> rows, SourceMap map, ImportProblems problems)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var (key, _, figure, reason) = rows[i];
            if (!seen.TryAdd(key, i))
            {
                problems.Error(map.Locate(RowsCollection, i, "key"), $"键“{key}”重复（另见第 {map.RowOf(RowsCollection, seen[key])} 行）。每个键只能有一行。");
                continue;
            }

            if (figure is { } value)
            {
                figures[key] = value;
                map.AddField(DatasetCollections.LastYear, LastYearKeys.FieldOf(key), map.Locate(RowsCollection, i, "figure")!);
            }

            if (reason is not null)
            {
                reasons[key] = reason;
            }
        }

        return (LastYearKeys.Build(figures), reasons);
    }
}
