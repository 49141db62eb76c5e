using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// The hidden 代码表 sheet: one column per drop-down list (the year's function 项 and economic 款 as
/// "2010301 行政运行", and every enumeration's labels); unit and project codes come from their own sheets.
/// </summary>
internal sealed class EntryLists
{
    public const string SheetName = "代码表";

    private const int ReferencedRows = 5000;
    private readonly List<(ListKey Key, string Title, IReadOnlyList<string> Values)> columns;

    public EntryLists(ClassificationSet lists)
    {
        columns =
        [
            (ListKey.Functions, $"{lists.Year}年支出功能分类（项）", Items(lists.Functions, 7)),
            (ListKey.Economics, $"{lists.Year}年部门预算支出经济分类（款）", Items(lists.DepartmentEconomic, 5)),
            (ListKey.UnitKinds, "单位性质", EntryLabels.UnitKinds.Labels),
            (ListKey.Sources, "收入/资金来源", EntryLabels.Sources.Labels),
            (ListKey.ExpenditureKinds, "支出类型", EntryLabels.ExpenditureKinds.Labels),
            (ListKey.ProjectCategories, "项目类别", EntryLabels.ProjectCategories.Labels),
            (ListKey.Recurrences, "项目期限", EntryLabels.Recurrences.Labels),
            (ListKey.YesNo, "是否", EntryLabels.YesNo),
            (ListKey.Bodies, "支出对象", EntryLabels.Bodies.Labels),
            (ListKey.AmountUnits, "金额单位", EntryLabels.AmountUnits.Labels),
            (ListKey.DutyKinds, "职责和机构类别", EntryLabels.DutyKinds),
            (ListKey.VehicleKinds, "车辆类型", EntryLabels.VehicleKinds),
        ];
    }

    public SheetSpec Spec => new(SheetName, [.. columns.Select(c => new ColumnSpec(c.Title, c.Key is ListKey.Functions or ListKey.Economics ? 50 : 24, EntryStyles.Text))])
    {
        Hidden = true,
    };

    public IEnumerable<object?[]> Rows()
    {
        var count = columns.Max(c => c.Values.Count);
        for (var i = 0; i < count; i++)
        {
            yield return [.. columns.Select(c => i < c.Values.Count ? c.Values[i] : null)];
        }
    }

    /// <summary>The absolute reference a drop-down reads its values from; null for an empty list.</summary>
    public string? Source(ListKey key)
    {
        switch (key)
        {
            case ListKey.Units:
                return $"'单位信息'!$A$2:$A${ReferencedRows}";
            case ListKey.Projects:
                return $"'项目'!$A$2:$A${ReferencedRows}";
        }

        var index = columns.FindIndex(c => c.Key == key);
        var letter = ColumnLetters.Of(index);
        var last = columns[index].Values.Count + 1;
        return columns[index].Values.Count == 0 ? null : $"'{SheetName}'!${letter}$2:${letter}${last.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Enumerations refuse other values; codes, units, projects and vehicle kinds only warn.</summary>
    public static bool IsStrict(ListKey key) =>
        key is not (ListKey.Functions or ListKey.Economics or ListKey.Units or ListKey.Projects or ListKey.VehicleKinds);

    private static List<string> Items(CodeList list, int digits) =>
        [.. list.Entries.Where(e => e.Code.Length == digits).Select(e => $"{e.Code} {e.Name}")];
}
