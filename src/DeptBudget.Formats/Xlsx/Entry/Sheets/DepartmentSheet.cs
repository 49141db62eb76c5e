using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>部门信息: year, amount unit, the department, its staffing and its assets, one labelled value per row.</summary>
internal static class DepartmentSheet
{
    public const string Name = "部门信息";
    public const string Dataset = "dataset";

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("预算年度", Dataset, "year", CellKind.Count, "必填，如 2022；决定使用哪一年的科目表。"),
        new("金额单位", Dataset, "amountUnit", CellKind.Choice, "万元或元，空白为万元；政府采购表一律为元。", ListKey.AmountUnits),
        new("部门编码", DatasetCollections.Department, "code", CellKind.Text, "必填，如 118。"),
        new("部门名称", DatasetCollections.Department, "name", CellKind.Text, "必填。"),
        new("级次", DatasetCollections.Department, "level", CellKind.Text, "省、市、区、县等。"),
        new("行政区划", DatasetCollections.Department, "region", CellKind.Text, "如 新乡市。"),
        new("预算构成说明", DatasetCollections.Department, "composition", CellKind.Text, "部门预算包含哪些科室和机构的预算。"),
        .. StaffingColumns.All.Select(c => new FormField(c.Header, DatasetCollections.Department, c.Field, CellKind.Count, "全部门合计，人数；六项都空白表示未提供。")),
        new("资产数据截至日期", DatasetCollections.Assets, "asOf", CellKind.Text, "如 2021-12-31。"),
        new("单价50万元以上通用设备（台/套）", DatasetCollections.Assets, "generalEquipmentOver50", CellKind.Count),
        new("单位价值100万元以上专用设备（台/套）", DatasetCollections.Assets, "specialEquipmentOver100", CellKind.Count),
        new("资产总额", DatasetCollections.Assets, "totalAssets", CellKind.Amount, "按金额单位填写。"),
        new("负债总额", DatasetCollections.Assets, "totalLiabilities", CellKind.Amount, "按金额单位填写。"),
        new("公开式样", Dataset, "profile", CellKind.Text, "公开表的式样，如 henan-2022、hubei-2023；生成表格和公开文件时默认用它，空白为 henan-2022。"),
    ];

    /// <summary>The value cells in <see cref="Fields"/> order; null leaves a cell empty.</summary>
    public static object?[] Values(BudgetDataset? d)
    {
        var s = d?.Department.Staffing;
        var a = d?.Assets;
        return
        [
            d?.Year, d is null ? null : EntryLabels.AmountUnits.LabelOf(d.AmountUnit),
            d?.Department.Code, d?.Department.Name, d?.Department.Level, d?.Department.Region, d?.Department.Composition,
            .. StaffingColumns.Values(s),
            a?.AsOf, a?.GeneralEquipmentOver50, a?.SpecialEquipmentOver100, a?.TotalAssets, a?.TotalLiabilities,
            d?.Profile,
        ];
    }
}
