using System.Globalization;

namespace DeptBudget.Core.Checks.Language;

/// <summary>Recursive-descent parser: formula := [forEach [tables|rows|columns] :] condition.</summary>
public sealed class Parser
{
    private static readonly string[] Comparisons = ["=", "<>", "<", "<=", ">", ">="];
    private static readonly Dictionary<string, int> Arity = new(StringComparer.Ordinal)
    {
        ["if"] = 3,
        ["isEmpty"] = 1,
        ["isBlank"] = 1,
        ["pct"] = 2,
        ["yoy"] = 2,
        ["abs"] = 1,
        ["count"] = 1,
    };

    private readonly IReadOnlyList<Token> tokens;
    private int next;

    private Parser(IReadOnlyList<Token> tokens) => this.tokens = tokens;

    private Token Current => tokens[next];

    public static Formula Parse(string text, int firstLine = 1)
    {
        var parser = new Parser(Tokenizer.Tokenize(text, firstLine));
        CellRef? forEach = null;
        if (parser.Current.Is("forEach"))
        {
            parser.next++;
            var header = parser.Expect(TokenKind.Cell, "forEach 后面要写 [表|行|列]");
            forEach = ToRef(header);
            parser.ExpectSymbol(":");
        }

        var body = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new RuleException($"这里多了“{parser.Current.Text}”：公式应该已经结束。", parser.Current.Position);
        }

        return new Formula(body, forEach, text.Trim());
    }

    private Node ParseOr()
    {
        var left = ParseAnd();
        while (Current.Is("or"))
        {
            var at = Take().Position;
            left = new LogicNode("or", left, ParseAnd(), at);
        }

        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseNot();
        while (Current.Is("and"))
        {
            var at = Take().Position;
            left = new LogicNode("and", left, ParseNot(), at);
        }

        return left;
    }

    private Node ParseNot()
    {
        if (Current.Is("not"))
        {
            var at = Take().Position;
            return new NotNode(ParseNot(), at);
        }

        var left = ParseAdditive();
        if (Current.Kind == TokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            var op = Take();
            return new CompareNode(op.Text, left, ParseAdditive(), op.Position);
        }

        return left;
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind == TokenKind.Symbol && Current.Text is "+" or "-")
        {
            var op = Take();
            left = new BinaryNode(op.Text, left, ParseMultiplicative(), op.Position);
        }

        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.Symbol && Current.Text is "*" or "/")
        {
            var op = Take();
            left = new BinaryNode(op.Text, left, ParseUnary(), op.Position);
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (Current.Kind == TokenKind.Symbol && Current.Text == "-")
        {
            var at = Take().Position;
            return new NegateNode(ParseUnary(), at);
        }

        return ParsePrimary();
    }

    private Node ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new NumberNode(decimal.Parse(token.Text, CultureInfo.InvariantCulture), token.Position);
            case TokenKind.String:
                return new StringNode(token.Text, token.Position);
            case TokenKind.Cell:
                return new CellNode(ToRef(token), false, token.Position);
            case TokenKind.Identifier when token.Text == "sum":
                return new CellNode(ToRef(Expect(TokenKind.Cell, "sum 后面要写 [表|行|列]")), true, token.Position);
            case TokenKind.Identifier when Arity.TryGetValue(token.Text, out var arity):
                return ParseCall(token, arity);
            case TokenKind.Symbol when token.Text == "(":
                var inner = ParseOr();
                ExpectSymbol(")");
                return inner;
            case TokenKind.End:
                throw new RuleException("公式不完整：这里还缺少一个数、单元格或函数。", token.Position);
            default:
                throw new RuleException($"这里不能写“{token.Text}”；可用的函数：sum、{string.Join("、", Arity.Keys)}。", token.Position);
        }
    }

    private CallNode ParseCall(Token name, int arity)
    {
        ExpectSymbol("(");
        var arguments = new List<Node> { ParseOr() };
        while (Current.Is(","))
        {
            next++;
            arguments.Add(ParseOr());
        }

        ExpectSymbol(")");
        if (arguments.Count != arity)
        {
            throw new RuleException($"{name.Text} 要 {arity} 个参数，这里写了 {arguments.Count} 个。", name.Position);
        }

        return new CallNode(name.Text, arguments, name.Position);
    }

    private static CellRef ToRef(Token token) => new(token.Parts[0], token.Parts[1], token.Parts[2]);

    private Token Take() => tokens[next < tokens.Count - 1 ? next++ : next];

    private Token Expect(TokenKind kind, string what) =>
        Current.Kind == kind ? Take() : throw new RuleException($"{what}，这里是“{Current.Text}”。", Current.Position);

    private void ExpectSymbol(string symbol)
    {
        if (!(Current.Kind == TokenKind.Symbol && Current.Text == symbol))
        {
            throw new RuleException($"这里缺少“{symbol}”{(Current.Kind == TokenKind.End ? "" : $"，写的是“{Current.Text}”")}。", Current.Position);
        }

        next++;
    }
}
