namespace DeptBudget.Formats.Classifications;

/// <summary>
/// Collects the problems found in one file so that the user sees them all at once; a list with
/// any problem is rejected whole (all-or-nothing).
/// </summary>
internal sealed class InputErrors
{
    private const int Shown = 20;
    private readonly List<string> messages = [];

    public int Count => messages.Count;

    public void Add(string message) => messages.Add(message);

    public void ThrowIfAny()
    {
        if (messages.Count == 0)
        {
            return;
        }

        var text = string.Join(Environment.NewLine, messages.Take(Shown));
        if (messages.Count > Shown)
        {
            text += $"{Environment.NewLine}……另有 {messages.Count - Shown} 处问题未列出。";
        }

        throw new InputException(text + Environment.NewLine + "文件没有加载；请改正后重新加载。");
    }
}
