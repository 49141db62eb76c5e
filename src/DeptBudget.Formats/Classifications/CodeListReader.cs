using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Classifications;

/// <summary>Reads a 科目表 (code, name) and checks every row; all-or-nothing.</summary>
internal static class CodeListReader
{
    public static readonly ColumnSpec Code = new("编码", "code", "编码", "科目编码");
    public static readonly ColumnSpec Name = new("名称", "name", "名称", "科目名称");

    public static LoadedCodeList Read(RawTable table, ClassificationListKind kind)
    {
        var rules = CodeListRules.For(kind);
        var header = HeaderRow.Find(table, [Code, Name]);
        var codeColumn = header.NameOf(Code);
        var nameColumn = header.NameOf(Name);
        var errors = new InputErrors();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<CodeEntry>();
        foreach (var row in header.DataRows(table))
        {
            var cell = row.Cell(header.IndexOf(Code));
            var name = row.Cell(header.IndexOf(Name)).Trim();
            var code = CodeCell.Read(table, row, codeColumn, cell, errors);
            if (name.Length == 0)
            {
                errors.Add($"{table.At(row.Number, nameColumn)}科目名称是空的。");
            }

            if (code is null)
            {
                continue;
            }

            if (rules.Problem(code, kind) is { } problem)
            {
                errors.Add(table.At(row.Number, codeColumn) + problem);
            }
            else if (!rowOf.TryAdd(code, row.Number))
            {
                errors.Add($"{table.At(row.Number, codeColumn)}科目编码“{code}”重复（第 {rowOf[code]} 行已有）。");
            }
            else
            {
                entries.Add(new CodeEntry(code, name));
            }
        }

        foreach (var entry in entries.Where(e => e.ParentCode is { } parent && !rowOf.ContainsKey(parent)))
        {
            errors.Add($"{table.At(rowOf[entry.Code], codeColumn)}“{entry.Code}”的上级科目“{entry.ParentCode}”不在表中；请补上上级科目的行。");
        }

        if (entries.Count == 0 && errors.Count == 0)
        {
            errors.Add($"{table.Source}：表头下面没有科目。");
        }

        errors.ThrowIfAny();
        return new LoadedCodeList(kind, new CodeList(kind.Title(), entries));
    }
}
