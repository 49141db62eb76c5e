using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Figures;

/// <summary>
/// 主要数据: the figures a disclosure's narrative quotes, with last year's, the change and the share of their whole,
/// as one derived pseudo-table (id <see cref="StandardTables.KeyFigures"/>). Read from the tables, so every figure a
/// table prints is that table's figure; the dataset adds what no table prints (机关运行经费, 政府购买服务, last year).
/// </summary>
public static partial class KeyFigures
{
    public const string Number = "主要数据";

    /// <summary>Value columns.</summary>
    public const string ThisYear = "thisYear", LastYear = "lastYear", Change = "change", ChangePct = "changePct", Share = "share";

    /// <summary>Text column: the key of the whole a share is of.</summary>
    public const string ShareOf = "shareOf";

    /// <param name="tables">The derived tables (or tables read from a published document).</param>
    /// <param name="dataset">The dataset they were derived from, scoped as they are (<see cref="DatasetScope.ToUnit"/>); null when only tables are known.</param>
    /// <param name="kind">What the tables disclose: a final-accounts document prints some figures elsewhere (<see cref="FinalAccountsFigures"/>).</param>
    public static Table Derive(IReadOnlyList<Table> tables, BudgetDataset? dataset, DisclosureKind kind = DisclosureKind.Budget)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var source = new TableFigures(tables);
        var figures = new KeyFigureList(source, dataset, kind).Build();
        var byKey = figures.ToDictionary(f => f.Key, StringComparer.Ordinal);
        return new Table
        {
            Id = StandardTables.KeyFigures,
            Number = Number,
            Title = Title(tables, source, dataset),
            Columns =
            [
                new Column { Label = "项目", Kind = ColumnKind.Label },
                new Column { Key = ThisYear, Label = "本年" },
                new Column { Key = LastYear, Label = "上年" },
                new Column { Key = Change, Label = "增减额" },
                new Column { Key = ChangePct, Label = "增减率（%）" },
                new Column { Key = Share, Label = "占比（%）" },
                new Column { Key = ShareOf, Label = "占比基数", Kind = ColumnKind.Text, TextKey = ShareOf },
            ],
            Rows = figures.Select(f => Row(f, f.ShareOf is null ? null : byKey[f.ShareOf])).ToList(),
        };
    }

    private static TableRow Row(KeyFigure figure, KeyFigure? whole) => new()
    {
        Key = figure.Key,
        Label = figure.Label,
        Level = figure.Level,
        Role = figure.Role,
        Code = figure.FunctionCode,
        CodeKind = figure.FunctionCode is null ? RowCodeKind.None : RowCodeKind.Function,
        Cells = new Dictionary<string, decimal?>(StringComparer.Ordinal)
        {
            [ThisYear] = figure.ThisYear,
            [LastYear] = figure.LastYear,
            [Change] = KeyFigureMath.Change(figure.ThisYear, figure.LastYear),
            [ChangePct] = KeyFigureMath.ChangePercent(figure.ThisYear, figure.LastYear),
            [Share] = whole is null ? null : KeyFigureMath.Share(figure.ThisYear, whole.ThisYear),
        },
        Texts = figure.ShareOf is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string>(StringComparer.Ordinal) { [ShareOf] = figure.ShareOf },
    };

    /// <summary>“{部门}{年}年主要数据”, named as the tables name the department or unit (部门名称/单位名称).</summary>
    private static string Title(IReadOnlyList<Table> tables, TableFigures source, BudgetDataset? dataset)
    {
        var name = source.DepartmentName() ?? dataset?.Department.Name ?? "";
        var year = dataset?.Year.ToString(CultureInfo.InvariantCulture)
            ?? tables.Select(t => PrintedYear().Match(t.Title)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        return year is null ? $"{name}主要数据" : $"{name}{year}年主要数据";
    }

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex PrintedYear();
}
