namespace DeptBudget.Core.Checks.Language;

/// <summary>A rule that does not parse, or names a table, row or column that does not exist. Line and column are 1-based.</summary>
public sealed class RuleException : Exception
{
    public RuleException(string message, Position position, string fileName = "")
        : base(message)
    {
        Position = position;
        FileName = fileName;
    }

    public RuleException()
    {
    }

    public RuleException(string message)
        : base(message)
    {
    }

    public RuleException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public Position Position { get; }

    /// <summary>The rule file, when known.</summary>
    public string FileName { get; init; } = "";

    /// <summary>“规则文件 x.rules 第 3 行第 7 列：…”.</summary>
    public string Describe() =>
        $"规则文件 {(FileName.Length == 0 ? "（未命名）" : FileName)} 第 {Position.Line} 行第 {Position.Column} 列：{Message}";
}

/// <summary>A place in a rule file: 1-based line and column.</summary>
public readonly record struct Position(int Line, int Column);
