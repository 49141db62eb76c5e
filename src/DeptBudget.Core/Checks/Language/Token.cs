namespace DeptBudget.Core.Checks.Language;

public enum TokenKind
{
    Number,
    String,
    Identifier,

    /// <summary>+ - * / = &lt;&gt; &lt; &lt;= &gt; &gt;= ( ) , :</summary>
    Symbol,

    /// <summary>A cell reference [table|rows|column]; <see cref="Token.Parts"/> holds the three parts.</summary>
    Cell,
    End,
}

/// <summary>A part of a cell reference with where it starts.</summary>
public sealed record RefPart(string Text, Position Position);

public sealed record Token(TokenKind Kind, string Text, Position Position)
{
    public IReadOnlyList<RefPart> Parts { get; init; } = [];

    public bool Is(string symbol) => Kind is TokenKind.Symbol or TokenKind.Identifier && Text == symbol;
}
