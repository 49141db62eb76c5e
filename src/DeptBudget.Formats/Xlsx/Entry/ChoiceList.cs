namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// The Chinese labels of an enumeration: one printed label per value, plus the other spellings users
/// write ("参公单位" for 参照公务员法管理事业单位). Matching ignores spaces, dashes and bracket widths.
/// </summary>
internal sealed class ChoiceList<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> labels = [];
    private readonly Dictionary<string, T> byText = new(StringComparer.Ordinal);

    public ChoiceList(string name, params (T Value, string Label, string[] Aliases)[] items)
    {
        Name = name;
        foreach (var (value, label, aliases) in items)
        {
            labels.Add(value, label);
            byText.Add(Key(label), value);
            byText.TryAdd(label, value);
            foreach (var alias in aliases)
            {
                byText.Add(Key(alias), value);
            }
        }

        if (labels.Count != Enum.GetValues<T>().Length)
        {
            throw new InvalidOperationException($"{name}: every value needs a label.");
        }
    }

    /// <summary>What the list is, e.g. "支出类型".</summary>
    public string Name { get; }

    /// <summary>The printed labels in declaration order, for drop-downs and messages.</summary>
    public IReadOnlyList<string> Labels => [.. labels.Values];

    public string LabelOf(T value) => labels[value];

    public bool TryParse(string text, out T value) => byText.TryGetValue(text, out value) || byText.TryGetValue(Key(text), out value);

    private static string Key(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '—' or '－' or '–' or '_'))
            {
                chars.Append(c switch { '(' => '（', ')' => '）', _ => char.ToUpperInvariant(c) });
            }
        }

        return chars.ToString();
    }
}
