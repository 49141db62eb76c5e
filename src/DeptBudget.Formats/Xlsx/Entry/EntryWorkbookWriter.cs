using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Formats.Xlsx.Entry.Sheets;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Writes the entry workbook, blank (a template) or filled from a dataset.</summary>
internal static class EntryWorkbookWriter
{
    private const int LastRow = 1_048_576;

    /// <param name="profile">The layout a blank workbook is for, filled in as 公开式样 when the dataset names none.</param>
    public static void Write(string path, ClassificationSet lists, int year, BudgetDataset? dataset, string? profile = null)
    {
        var names = new CodeNames(lists);
        var codes = new EntryLists(lists);
        var sheets = new EntrySheets(lists.Functions.Classes.Select(c => (c.Code, c.Name)));
        using var builder = new XlsxBuilder(path);
        builder.AddSheet(InstructionsSheet.Spec(year), InstructionsSheet.Rows(year, sheets));
        builder.AddSheet(DepartmentSpec(codes), DepartmentRows(dataset, year, profile));
        foreach (var sheet in sheets.Tables)
        {
            var rows = dataset is not null ? sheet.Rows(dataset, names)
                : sheet == sheets.LastYear ? sheets.LastYear.Template().Select(r => sheets.LastYear.ToRow(r, names))
                : [];
            builder.AddSheet(TableSpec(sheet, codes), rows);
        }

        builder.AddSheet(codes.Spec, codes.Rows());
    }

    private static SheetSpec TableSpec(ITableSheet sheet, EntryLists codes)
    {
        var dropDowns = new List<DropDown>();
        for (var col = 0; col < sheet.Columns.Count; col++)
        {
            var column = sheet.Columns[col];
            if (column.List is { } key && codes.Source(key) is { } source)
            {
                var letter = ColumnLetters.Of(col);
                var prompt = column.Kind == CellKind.Code ? "可从下拉列表选择，也可直接输入编码。" : $"请选择{column.Header}。";
                dropDowns.Add(new DropDown($"{letter}2:{letter}{LastRow}", source, EntryLists.IsStrict(key), prompt));
            }
        }

        return new SheetSpec(sheet.Name, [.. sheet.Columns.Select(c => new ColumnSpec(c.Header, c.Width, EntryStyles.For(c.Kind)))])
        {
            DropDowns = dropDowns,
        };
    }

    private static SheetSpec DepartmentSpec(EntryLists codes)
    {
        var unitRow = DepartmentSheet.Fields.ToList().FindIndex(f => f.List == ListKey.AmountUnits) + 2;
        var reference = $"B{unitRow.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return new SheetSpec(DepartmentSheet.Name,
            [new ColumnSpec("项目", 34, EntryStyles.Text), new ColumnSpec("内容", 40, EntryStyles.Default), new ColumnSpec("说明", 60, EntryStyles.Wrap)])
        {
            DropDowns = [new DropDown(reference, codes.Source(ListKey.AmountUnits)!, true, "万元或元。")],
        };
    }

    private static IEnumerable<object?[]> DepartmentRows(BudgetDataset? dataset, int year, string? profile)
    {
        var values = DepartmentSheet.Values(dataset);
        values[0] ??= year;
        var profileRow = DepartmentSheet.Fields.ToList().FindIndex(f => f.Field == "profile");
        values[profileRow] ??= profile;
        return DepartmentSheet.Fields.Select((f, i) => new object?[]
        {
            f.Label, new Styled(values[i], EntryStyles.For(f.Kind)), f.Note,
        });
    }
}
