using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;

namespace DeptBudget.Formats.Xlsx.Entry.Sheets;

/// <summary>What 部门信息 holds: year, amount unit, the department (without duties) and asset figures (without vehicles).</summary>
internal sealed record DepartmentInfo(int Year, AmountUnit AmountUnit, Department Department, AssetHoldings? Assets, string? Profile);

/// <summary>Reads 部门信息 by the labels in column A; values are in column B.</summary>
internal static class DepartmentSheetReader
{
    private const int LabelColumn = 0;
    private const int ValueColumn = 1;

    public static DepartmentInfo Read(RawSheet sheet, ImportProblems problems, SourceMap map)
    {
        var rows = new Dictionary<string, RawRow>(StringComparer.Ordinal);
        var labels = DepartmentSheet.Fields.Select(f => EntryColumn.Normalize(f.Label)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var label = EntryColumn.Normalize(row[LabelColumn]?.Text ?? "");
            if (labels.Contains(label))
            {
                rows.TryAdd(label, row);
            }
            else if (label.Length > 0 && label != "项目")
            {
                problems.Warning(new SourcePlace(sheet.Name, row.Number, LabelColumn), $"“{label}”不是本表的项目，导入时忽略。");
            }
        }

        foreach (var merge in sheet.Merges.Where(m => m.FirstColumn <= ValueColumn && m.LastColumn >= ValueColumn && m.LastRow > 1))
        {
            problems.Error(new SourcePlace(sheet.Name, merge.FirstRow, ValueColumn),
                $"单元格 {merge.A1} 是合并单元格。请取消合并，每个项目的值单独填写在 B 列。");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in DepartmentSheet.Fields)
        {
            if (!rows.TryGetValue(EntryColumn.Normalize(field.Label), out var row))
            {
                continue;
            }

            var view = new RowView(row, SheetLayout.ForCell(sheet.Name, ValueColumn, field.Label, "value"), problems);
            map.AddField(field.Collection, field.Field, view.Place("value"));
            values[field.Collection + "." + field.Field] = field.Kind switch
            {
                CellKind.Count => view.OptionalCount("value"),
                CellKind.Amount => view.OptionalAmount("value"),
                CellKind.Choice => view.OptionalChoice("value", EntryLabels.AmountUnits),
                _ when field.Field == "asOf" => view.DateText("value"),
                _ => view.Text("value"),
            };
        }

        T? Get<T>(string collection, string field) => values.GetValueOrDefault(collection + "." + field) is T v ? v : default;
        string Required(string collection, string field, string label)
        {
            var text = Get<string>(collection, field);
            if (text is null)
            {
                var place = map.Locate(collection, null, field) ?? new SourcePlace(sheet.Name);
                problems.Error(place, $"未填写{label}。请在“{DepartmentSheet.Name}”的“{label}”一行 B 列填写。");
            }

            return text ?? "";
        }

        var year = Get<int?>(DepartmentSheet.Dataset, "year");
        if (year is not (>= 2000 and <= 2100))
        {
            problems.Error(map.Locate(DepartmentSheet.Dataset, null, "year") ?? new SourcePlace(sheet.Name),
                "预算年度应为 2000 至 2100 之间的四位年份，如 2022。");
        }

        var department = new Department
        {
            Code = Required(DatasetCollections.Department, "code", "部门编码"),
            Name = Required(DatasetCollections.Department, "name", "部门名称"),
            Level = Get<string>(DatasetCollections.Department, "level"),
            Region = Get<string>(DatasetCollections.Department, "region"),
            Composition = Get<string>(DatasetCollections.Department, "composition"),
            Staffing = StaffingColumns.From([.. StaffingColumns.All.Select(c => Get<int?>(DatasetCollections.Department, c.Field))]),
        };
        var assetValues = values.Where(v => v.Key.StartsWith(DatasetCollections.Assets + ".", StringComparison.Ordinal) && v.Value is not null);
        var assets = !assetValues.Any() ? null : new AssetHoldings
        {
            AsOf = Get<string>(DatasetCollections.Assets, "asOf"),
            GeneralEquipmentOver50 = Get<int?>(DatasetCollections.Assets, "generalEquipmentOver50") ?? 0,
            SpecialEquipmentOver100 = Get<int?>(DatasetCollections.Assets, "specialEquipmentOver100") ?? 0,
            TotalAssets = Get<decimal?>(DatasetCollections.Assets, "totalAssets"),
            TotalLiabilities = Get<decimal?>(DatasetCollections.Assets, "totalLiabilities"),
        };
        var unit = Get<AmountUnit?>(DepartmentSheet.Dataset, "amountUnit") ?? AmountUnit.TenThousandYuan;
        return new DepartmentInfo(year ?? 0, unit, department, assets, Get<string>(DepartmentSheet.Dataset, "profile"));
    }
}
