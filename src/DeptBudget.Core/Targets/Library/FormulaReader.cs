using System.Globalization;

namespace DeptBudget.Core.Targets.Library;

/// <summary>Recursive descent over a formula's text: sum := product (('+'|'-') product)*, product := atom (('*'|'/') atom)*.</summary>
internal sealed class FormulaReader(string text)
{
    private const string Operators = "+-*/()";
    private int at;

    public Formula.Node ReadAll()
    {
        var node = Sum();
        Skip();
        return at == text.Length ? node : throw Error("多余的内容");
    }

    private Formula.Node Sum()
    {
        var node = Product();
        while (Peek() is '+' or '-')
        {
            var op = text[at++];
            node = new Formula.BinaryNode(op, node, Product());
        }

        return node;
    }

    private Formula.Node Product()
    {
        var node = Atom();
        while (Peek() is '*' or '/')
        {
            var op = text[at++];
            node = new Formula.BinaryNode(op, node, Atom());
        }

        return node;
    }

    private Formula.Node Atom()
    {
        var next = Peek();
        if (next == '(')
        {
            at++;
            var inner = Sum();
            if (Peek() != ')')
            {
                throw Error("缺少右括号");
            }

            at++;
            return inner;
        }

        var start = at;
        while (at < text.Length && !char.IsWhiteSpace(text[at]) && !Operators.Contains(text[at], StringComparison.Ordinal))
        {
            at++;
        }

        var word = text[start..at];
        if (word.Length == 0)
        {
            throw Error("缺少数值或名称");
        }

        return char.IsAsciiDigit(word[0]) ? new Formula.NumberNode(Formula.ParseNumber(word)) : new Formula.NameNode(word);
    }

    private char? Peek()
    {
        Skip();
        return at < text.Length ? text[at] : null;
    }

    private void Skip()
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }

    private FormatException Error(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"公式“{text}”第 {at + 1} 个字符处{what}。"));
}
