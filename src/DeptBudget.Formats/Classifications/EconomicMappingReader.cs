using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Classifications;

/// <summary>
/// Reads the 部门 → 政府 经济分类对照表 (department_code, body, government_code). When the year's
/// code lists are given, every code must be in them.
/// </summary>
internal static class EconomicMappingReader
{
    public static readonly ColumnSpec Department = new(
        "部门经济分类", "department_code", "部门经济分类", "部门经济分类编码", "部门经济分类科目编码", "部门预算支出经济分类");

    public static readonly ColumnSpec Body = new("单位类型", "body", "单位类型");

    public static readonly ColumnSpec Government = new(
        "政府经济分类", "government_code", "政府经济分类", "政府经济分类编码", "政府经济分类科目编码", "政府预算支出经济分类");

    public static LoadedMapping Read(RawTable table, CodeList? departmentCodes = null, CodeList? governmentCodes = null)
    {
        var header = HeaderRow.Find(table, [Department, Body, Government]);
        var errors = new InputErrors();
        var rowOf = new Dictionary<(string, BodyKind), int>();
        var rules = new List<EconomicMappingRule>();
        foreach (var row in header.DataRows(table))
        {
            var source = ReadCode(table, row, header, Department, [3, 5], '3', departmentCodes, errors);
            var target = ReadCode(table, row, header, Government, [5], '5', governmentCodes, errors);
            var bodyText = row.Cell(header.IndexOf(Body));
            if (!BodyKindText.TryParse(bodyText, out var body))
            {
                errors.Add($"{table.At(row.Number, header.NameOf(Body))}“{bodyText}”不是单位类型；应为 administrative（机关、行政）或 institution（事业）。");
                continue;
            }

            if (source is null || target is null)
            {
                continue;
            }

            if (!rowOf.TryAdd((source, body), row.Number))
            {
                errors.Add($"{table.At(row.Number, header.NameOf(Department))}“{source}”对{BodyKindText.ChineseName(body)}的对照重复（第 {rowOf[(source, body)]} 行已有）。");
                continue;
            }

            rules.Add(new EconomicMappingRule(EconomicCode.Parse(source), body, EconomicCode.Parse(target)));
        }

        if (rules.Count == 0 && errors.Count == 0)
        {
            errors.Add($"{table.Source}：表头下面没有对照规则。");
        }

        errors.ThrowIfAny();
        return new LoadedMapping(rules);
    }

    private static string? ReadCode(
        RawTable table, RawRow row, HeaderRow header, ColumnSpec column, int[] lengths, char first, CodeList? known, InputErrors errors)
    {
        var name = header.NameOf(column);
        var code = CodeCell.Read(table, row, name, row.Cell(header.IndexOf(column)), errors);
        if (code is null)
        {
            return null;
        }

        string? problem = null;
        if (!lengths.Contains(code.Length) || code[0] != first)
        {
            problem = $"“{code}”应为以 {first} 开头的 {string.Join(" 或 ", lengths)} 位编码。";
        }
        else if (known is not null && !known.Contains(code))
        {
            problem = $"“{code}”不在本年度的{known.Name}中。";
        }

        if (problem is not null)
        {
            errors.Add(table.At(row.Number, name) + problem);
            return null;
        }

        return code;
    }
}
