using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Classifications;

/// <summary>Reads revenue-sources.csv (id, name): one name for every <see cref="FundingSource"/>.</summary>
internal static class RevenueSourceReader
{
    public static readonly ColumnSpec Id = new("id", "id", "标识");
    public static readonly ColumnSpec Name = new("名称", "name", "名称");

    public static LoadedRevenueSources Read(RawTable table)
    {
        var header = HeaderRow.Find(table, [Id, Name]);
        var errors = new InputErrors();
        var names = new Dictionary<FundingSource, string>();
        var rowOf = new Dictionary<FundingSource, int>();
        foreach (var row in header.DataRows(table))
        {
            var id = row.Cell(header.IndexOf(Id));
            var name = row.Cell(header.IndexOf(Name)).Trim();
            if (!RevenueSourceIds.TryParse(id, out var source))
            {
                var valid = string.Join("、", Enum.GetValues<FundingSource>().Select(RevenueSourceIds.Id));
                errors.Add($"{table.At(row.Number, header.NameOf(Id))}“{id}”不是收入来源标识；可用：{valid}。");
            }
            else if (!rowOf.TryAdd(source, row.Number))
            {
                errors.Add($"{table.At(row.Number, header.NameOf(Id))}“{id}”重复（第 {rowOf[source]} 行已有）。");
            }
            else if (name.Length == 0)
            {
                errors.Add($"{table.At(row.Number, header.NameOf(Name))}名称是空的。");
            }
            else
            {
                names[source] = name;
            }
        }

        var missing = Enum.GetValues<FundingSource>().Where(s => !rowOf.ContainsKey(s)).Select(RevenueSourceIds.Id).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"{table.Source}：缺少这些收入来源：{string.Join("、", missing)}。");
        }

        errors.ThrowIfAny();
        return new LoadedRevenueSources(names);
    }
}
