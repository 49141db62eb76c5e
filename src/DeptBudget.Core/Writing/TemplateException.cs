namespace DeptBudget.Core.Writing;

/// <summary>A template that does not parse, with the file and line it is in (message in Chinese).</summary>
public sealed class TemplateException(string source, int line, string problem)
    : Exception($"说明模板 {source} 第 {line} 行：{problem}")
{
    public string File { get; } = source;

    public int Line { get; } = line;
}
