using System.Globalization;
using System.Text;

namespace DeptBudget.Core.Checks.Language;

/// <summary>Splits a formula into tokens, each with its line and column in the rule file.</summary>
public static class Tokenizer
{
    private static readonly string[] Symbols = ["<>", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", ",", ":"];

    /// <param name="firstLine">The line of the rule file the text starts on.</param>
    public static IReadOnlyList<Token> Tokenize(string text, int firstLine = 1)
    {
        var tokens = new List<Token>();
        int line = firstLine, lineStart = 0, i = 0;
        Position At(int index) => new(line, index - lineStart + 1);
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = ++i;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                var number = text[start..i];
                if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    throw new RuleException($"“{number}”不是一个数。", At(start));
                }

                tokens.Add(new Token(TokenKind.Number, number, At(start)));
            }
            else if (c == '"')
            {
                var start = i;
                var end = text.IndexOf('"', i + 1);
                if (end < 0 || text.IndexOf('\n', i + 1, end - i - 1) >= 0)
                {
                    throw new RuleException("引号没有配对：字符串要在同一行内用 \" 结束。", At(start));
                }

                tokens.Add(new Token(TokenKind.String, text[(i + 1)..end], At(start)));
                i = end + 1;
            }
            else if (c == '[')
            {
                tokens.Add(ReadCell(text, ref i, At));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], At(start)));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new RuleException($"不认识的字符“{c}”。", At(i));
                tokens.Add(new Token(TokenKind.Symbol, symbol, At(i)));
                i += symbol.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", At(i)));
        return tokens;
    }

    /// <summary>[table|rows|column]; a part may be quoted ("e:30101|50101") to contain | or ].</summary>
    private static Token ReadCell(string text, ref int i, Func<int, Position> at)
    {
        var open = at(i);
        var parts = new List<RefPart>();
        var part = new StringBuilder();
        var partStart = ++i;
        while (true)
        {
            if (i >= text.Length || text[i] == '\n')
            {
                throw new RuleException("单元格引用没有用 ] 结束（写法：[表|行|列]）。", open);
            }

            var c = text[i];
            if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0)
                {
                    throw new RuleException("引号没有配对。", at(i));
                }

                part.Append(text, i + 1, end - i - 1);
                i = end + 1;
            }
            else if (c is '|' or ']')
            {
                var raw = part.ToString();
                var lead = raw.Length - raw.TrimStart().Length;
                parts.Add(new RefPart(raw.Trim(), at(partStart + lead)));
                part.Clear();
                i++;
                partStart = i;
                if (c == ']')
                {
                    break;
                }
            }
            else
            {
                part.Append(c);
                i++;
            }
        }

        if (parts.Count != 3 || parts.Any(p => p.Text.Length == 0))
        {
            throw new RuleException("单元格引用要有三部分：[表|行|列]，例如 [expenditure-summary|total|basic]。", open);
        }

        return new Token(TokenKind.Cell, "[" + string.Join("|", parts.Select(p => p.Text)) + "]", open) { Parts = parts };
    }
}
