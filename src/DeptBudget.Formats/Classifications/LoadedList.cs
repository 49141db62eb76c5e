using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Classifications;

/// <summary>One list read and checked from a file, ready to use or to save as normalised CSV.</summary>
public abstract class LoadedList
{
    public abstract ClassificationListKind Kind { get; }

    /// <summary>A one-line Chinese summary, e.g. “支出功能分类科目：30 类、148 款、630 项”.</summary>
    public abstract string Summary { get; }

    /// <summary>Writes the list as the UTF-8 CSV DeptBudget keeps (header row, one row per entry).</summary>
    public abstract void WriteCsv(TextWriter writer);
}

/// <summary>支出功能分类 or 支出经济分类 科目.</summary>
public sealed class LoadedCodeList(ClassificationListKind kind, CodeList codes) : LoadedList
{
    public override ClassificationListKind Kind { get; } = kind;

    public CodeList Codes { get; } = codes;

    public override string Summary
    {
        get
        {
            var parts = new List<string> { $"{Count(1)} 类", $"{Count(2)} 款" };
            if (Kind == ClassificationListKind.Functions)
            {
                parts.Add($"{Count(3)} 项");
            }

            return $"{Kind.Title()}：{string.Join("、", parts)}";
        }
    }

    public override void WriteCsv(TextWriter writer)
    {
        CsvTable.WriteLine(writer, "code", "name");
        foreach (var entry in Codes.Entries)
        {
            CsvTable.WriteLine(writer, entry.Code, entry.Name);
        }
    }

    private int Count(int level) => Codes.Entries.Count(e => e.Level == level);
}

/// <summary>部门预算 → 政府预算 支出经济分类对照 rules.</summary>
public sealed class LoadedMapping(IReadOnlyList<EconomicMappingRule> rules) : LoadedList
{
    public override ClassificationListKind Kind => ClassificationListKind.EconomicMapping;

    public IReadOnlyList<EconomicMappingRule> Rules { get; } = rules;

    public override string Summary =>
        $"{Kind.Title()}：{Rules.Count} 条（机关 {Rules.Count(r => r.Body == BodyKind.Administrative)} 条，"
        + $"事业单位 {Rules.Count(r => r.Body == BodyKind.Institution)} 条）";

    public EconomicMapping ToMapping() => new(Rules);

    public override void WriteCsv(TextWriter writer)
    {
        CsvTable.WriteLine(writer, "department_code", "body", "government_code");
        foreach (var rule in Rules.OrderBy(r => r.Source.ToString(), StringComparer.Ordinal).ThenBy(r => r.Body))
        {
            CsvTable.WriteLine(writer, rule.Source.ToString(), BodyKindText.Id(rule.Body), rule.Target.ToString());
        }
    }
}

/// <summary>The names the year's forms print for each 收入来源.</summary>
public sealed class LoadedRevenueSources(IReadOnlyDictionary<FundingSource, string> names) : LoadedList
{
    public override ClassificationListKind Kind => ClassificationListKind.RevenueSources;

    public IReadOnlyDictionary<FundingSource, string> Names { get; } = names;

    public override string Summary => $"{Kind.Title()}：{Names.Count} 个";

    public override void WriteCsv(TextWriter writer)
    {
        CsvTable.WriteLine(writer, "id", "name");
        foreach (var source in Enum.GetValues<FundingSource>())
        {
            CsvTable.WriteLine(writer, RevenueSourceIds.Id(source), Names[source]);
        }
    }
}
