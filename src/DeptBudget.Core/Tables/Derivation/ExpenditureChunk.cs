using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>A run of expenditure lines with its own slot maps and caches (see <see cref="ExpenditureFactsBuilder"/>).</summary>
internal sealed class ExpenditureChunk(long from, long to)
{
    private readonly int[] classTable = new int[LineClass.Count];
    private readonly List<int> economicClass = [];
    private readonly List<int> governmentSlot = [];
    private readonly List<int> pairSlot = [];

    public int From { get; } = (int)from;

    public int To { get; } = (int)to;

    /// <summary>Lines of the chunk in scope.</summary>
    public int Count { get; set; }

    /// <summary>Where the chunk's lines start in the arrays.</summary>
    public int Offset { get; set; }

    public SlotMap<int> Functions { get; } = new();

    public SlotMap<int> Economics { get; } = new();

    public SlotMap<int> Governments { get; } = new();

    public SlotMap<(int, int)> Pairs { get; } = new();

    public SlotMap<int> Classes { get; } = new();

    /// <summary>The department economic 类 by economic slot.</summary>
    public List<int> EconomicClass => economicClass;

    /// <summary>Government slot by economic slot × 2 + body.</summary>
    public List<int> GovernmentSlot => governmentSlot;

    /// <summary>Pair slot by economic slot × 2 + body.</summary>
    public List<int> PairSlot => pairSlot;

    /// <summary>The economic code's slot; the first time a code meets a body, its government code and pair get theirs.</summary>
    public int Economic(EconomicCode code, BodyKind body, EconomicMapping mapping)
    {
        var slot = Economics.Slot(code.Value);
        if (slot == economicClass.Count)
        {
            economicClass.Add(code.Class.Value);
            governmentSlot.AddRange([-1, -1]);
            pairSlot.AddRange([-1, -1]);
        }

        var key = (slot * 2) + (int)body;
        if (governmentSlot[key] < 0)
        {
            var government = mapping.Map(code, body)?.Value ?? 0;
            governmentSlot[key] = Governments.Slot(government);
            pairSlot[key] = Pairs.Slot((code.Value, government));
        }

        return slot;
    }

    public int ClassSlot(int lineClass)
    {
        var slot = classTable[lineClass] - 1;
        if (slot < 0)
        {
            slot = Classes.Slot(lineClass);
            classTable[lineClass] = slot + 1;
        }

        return slot;
    }

    /// <summary>Takes another chunk's keys after this one's; returns where its slots went.</summary>
    public SlotMoves Absorb(ExpenditureChunk other) => new(
        Classes.Absorb(other.Classes),
        Functions.Absorb(other.Functions),
        Economics.Absorb(other.Economics),
        Governments.Absorb(other.Governments),
        Pairs.Absorb(other.Pairs));

    /// <summary>Rewrites this chunk's slots to the joined maps' slots.</summary>
    public void Move(SlotMoves moves, FactsArrays facts)
    {
        for (var k = Offset; k < Offset + Count; k++)
        {
            facts.ClassSlot[k] = moves.Classes[facts.ClassSlot[k]];
            facts.Function[k] = moves.Functions[facts.Function[k]];
            facts.Economic[k] = moves.Economics[facts.Economic[k]];
            facts.Government[k] = moves.Governments[facts.Government[k]];
            facts.Pair[k] = moves.Pairs[facts.Pair[k]];
        }
    }
}

internal sealed record SlotMoves(int[] Classes, int[] Functions, int[] Economics, int[] Governments, int[] Pairs);
