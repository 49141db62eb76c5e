using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// The keys of a family of <see cref="RowMap{TValue}"/>, shared by every row of a part, so that a
/// row holds only its values. Keys keep the order of their first appearance; a key given twice
/// keeps its first position and takes the last value, as a dictionary filled key by key would.
/// </summary>
internal sealed class RowKeys
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];

    public RowKeys(IEnumerable<string> keys)
    {
        var positions = new List<int>();
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var position))
            {
                position = this.keys.Count;
                index[key] = position;
                this.keys.Add(key);
            }

            positions.Add(position);
        }

        Positions = [.. positions];
    }

    /// <summary>The position of each given key (its first position when given twice).</summary>
    public int[] Positions { get; }

    public IReadOnlyList<string> Keys => keys;

    public int Count => keys.Count;

    public bool TryGetIndex(string key, out int position) => index.TryGetValue(key, out position);
}

/// <summary>A read-only dictionary over shared <see cref="RowKeys"/> and the row's own values.</summary>
internal sealed class RowMap<TValue>(RowKeys keys, TValue[] values) : IReadOnlyDictionary<string, TValue>
{
    public static RowMap<TValue> Empty { get; } = new(new RowKeys([]), []);

    public int Count => keys.Count;

    public IEnumerable<string> Keys => keys.Keys;

    public IEnumerable<TValue> Values => Array.AsReadOnly(values);

    public TValue this[string key] => keys.TryGetIndex(key, out var position)
        ? values[position]
        : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    public bool ContainsKey(string key) => keys.TryGetIndex(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (keys.TryGetIndex(key, out var position))
        {
            value = values[position];
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < keys.Count; i++)
        {
            yield return new KeyValuePair<string, TValue>(keys.Keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The texts of unit rows (unit code and name), the most common texts a row carries.</summary>
internal static class UnitTexts
{
    private static readonly RowKeys Keys = new(["unitCode", "unitName"]);

    public static RowMap<string> Of(string code, string name) => new(Keys, [code, name]);
}
