namespace DeptBudget.Formats.Classifications;

/// <summary>What a code of each list looks like: its lengths (类/款/项) and, for economic lists, its first digit.</summary>
internal sealed record CodeListRules(IReadOnlyList<int> Lengths, char? FirstDigit)
{
    public static CodeListRules For(ClassificationListKind kind) => kind switch
    {
        ClassificationListKind.Functions => new([3, 5, 7], null),
        ClassificationListKind.EconomicDepartment => new([3, 5], '3'),
        ClassificationListKind.EconomicGovernment => new([3, 5], '5'),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a code list"),
    };

    /// <summary>Why the code does not belong in the list, or null when it does.</summary>
    public string? Problem(string code, ClassificationListKind kind)
    {
        if (!Lengths.Contains(code.Length))
        {
            return $"“{code}”有 {code.Length} 位，{kind.Title()}编码应为 {string.Join("、", Lengths)} 位数字。";
        }

        return FirstDigit is { } first && code[0] != first
            ? $"“{code}”不是{kind.Title()}编码（应以 {first} 开头）。"
            : null;
    }
}
