namespace DeptBudget.Core.Classifications;

/// <summary>A classification code list of one year, ordered as the official list orders it.</summary>
public sealed class CodeList
{
    private readonly Dictionary<string, CodeEntry> byCode;

    public CodeList(string name, IEnumerable<CodeEntry> entries)
    {
        Name = name;
        Entries = entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        byCode = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!byCode.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"{name}: 科目编码 {entry.Code} 重复。", nameof(entries));
            }
        }
    }

    /// <summary>What the list is, e.g. "支出功能分类科目".</summary>
    public string Name { get; }

    public IReadOnlyList<CodeEntry> Entries { get; }

    public IEnumerable<CodeEntry> Classes => Entries.Where(e => e.Level == 1);

    public bool Contains(string code) => byCode.ContainsKey(code);

    public CodeEntry? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The official name, or null when the code is not in the list.</summary>
    public string? NameOf(string code) => byCode.TryGetValue(code, out var entry) ? entry.Name : null;
}
