namespace DeptBudget.Core.Classifications;

/// <summary>One code of a classification list with its official name.</summary>
public sealed record CodeEntry(string Code, string Name)
{
    public int Level => Code.Length switch
    {
        3 => 1,
        5 => 2,
        _ => 3,
    };

    public string? ParentCode => Code.Length switch
    {
        5 => Code[..3],
        7 => Code[..5],
        _ => null,
    };
}
