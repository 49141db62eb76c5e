namespace DeptBudget.Core.Narrative;

/// <summary>
/// A function code named by its path of names (“一般公共服务支出（类）财政事务（款）行政运行（项）”): the names the
/// sentence gives for the 类, 款 and 项, each null when not written. The deepest name is what the sentence is about.
/// </summary>
public sealed record FunctionPath(string? Class, string? Section, string? Item)
{
    /// <summary>The path as a subject key and as it is named in findings, with full-width brackets.</summary>
    public string Text => $"{Link(Class, "类")}{Link(Section, "款")}{Link(Item, "项")}";

    /// <summary>The names given, from 类 down, with the code length of their level (3, 5, 7).</summary>
    public IEnumerable<(string Name, int CodeLength)> Links =>
        new[] { (Class, 3), (Section, 5), (Item, 7) }.Where(l => l.Item1 is not null).Select(l => (l.Item1!, l.Item2));

    public (string Name, int CodeLength) Deepest => Links.Last();

    private static string Link(string? name, string level) => name is null ? "" : $"{name}（{level}）";
}
