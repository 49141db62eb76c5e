namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Assigns dense slots 0, 1, 2 … to distinct keys in order of first appearance.</summary>
internal sealed class SlotMap<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> slots = [];
    private readonly List<TKey> keys = [];

    public int Count => keys.Count;

    public int Slot(TKey key)
    {
        if (!slots.TryGetValue(key, out var slot))
        {
            slot = keys.Count;
            slots[key] = slot;
            keys.Add(key);
        }

        return slot;
    }

    public TKey Key(int slot) => keys[slot];

    public TKey[] Keys() => [.. keys];

    /// <summary>Adds another map's keys after these (keeping first-appearance order) and returns where each of its slots went.</summary>
    public int[] Absorb(SlotMap<TKey> other)
    {
        var moved = new int[other.Count];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = Slot(other.keys[i]);
        }

        return moved;
    }
}
