namespace DeptBudget.Core.Narrative;

/// <summary>Every fact read from a narrative, in reading order, and the years it mentions.</summary>
public sealed record NarrativeFacts
{
    public required IReadOnlyList<NarrativeFact> Facts { get; init; }

    /// <summary>The years written in the text (“2022 年”), each once, in order of first mention.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>Every path of function names read (“…（类）…（款）…（项）”), with its sentence, in reading order.</summary>
    public IReadOnlyList<FunctionMention> Functions { get; init; } = [];

    public IEnumerable<NarrativeFact> Bound => Facts.Where(f => f.Kind != FactKind.Unbound);

    public IEnumerable<NarrativeFact> Unbound => Facts.Where(f => f.Kind == FactKind.Unbound);
}

/// <summary>A path of function names as a sentence writes it.</summary>
public sealed record FunctionMention(FunctionPath Path, NarrativeSentence Sentence);
