namespace DeptBudget.Core.Writing;

/// <summary>
/// Reads a section template (docs/DOCUMENTS.md “模板语言”): one paragraph per line, <c>== 标题</c> and
/// <c>=== 小标题</c> for headings (numbered when the document is built), <c># …</c> comments,
/// <c>@each LIST</c> … <c>@end</c> around repeated lines, and placeholders in braces inside a line.
/// </summary>
public static class TemplateParser
{
    public static SectionTemplate Parse(string name, string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var stack = new Stack<(string List, int Line, List<TemplateLine> Body)>();
        var top = new List<TemplateLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            var target = stack.Count == 0 ? top : stack.Peek().Body;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("@each ", StringComparison.Ordinal))
            {
                var list = line["@each ".Length..].Trim();
                if (!TemplateVocabulary.Lists.Contains(list))
                {
                    throw new TemplateException(source, number, $"@each 后的列表“{list}”不认识；可用：{string.Join("、", TemplateVocabulary.Lists)}。");
                }

                stack.Push((list, number, []));
            }
            else if (line == "@end")
            {
                if (stack.Count == 0)
                {
                    throw new TemplateException(source, number, "@end 前没有 @each。");
                }

                var (list, start, body) = stack.Pop();
                (stack.Count == 0 ? top : stack.Peek().Body).Add(new EachLine(start, list, body));
            }
            else if (line.StartsWith("==", StringComparison.Ordinal))
            {
                var level = line.TakeWhile(c => c == '=').Count();
                if (level > 3)
                {
                    throw new TemplateException(source, number, "标题最多三级：== 为一级（一、），=== 为二级（（一））。");
                }

                target.Add(new HeadingLine(number, level, Inline(line[level..].Trim(), source, number)));
            }
            else
            {
                target.Add(new ParagraphLine(number, Inline(line, source, number)));
            }
        }

        if (stack.Count > 0)
        {
            throw new TemplateException(source, stack.Peek().Line, "@each 没有对应的 @end。");
        }

        return new SectionTemplate(name, top);
    }

    /// <summary>Parses the placeholders of one line.</summary>
    public static IReadOnlyList<TemplateNode> Inline(string text, string source, int line)
    {
        var frames = new Stack<IfFrame>();
        var current = new List<TemplateNode>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                current.Add(new TextNode(text[position..]));
                break;
            }

            if (open > position)
            {
                current.Add(new TextNode(text[position..open]));
            }

            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                throw new TemplateException(source, line, $"第 {open + 1} 个字符处的“{{”没有对应的“}}”。");
            }

            var body = text[(open + 1)..close].Trim();
            position = close + 1;
            if (body.StartsWith("if ", StringComparison.Ordinal))
            {
                var (name, argument, negated) = Condition(body[3..].Trim(), source, line);
                frames.Push(new IfFrame(name, argument, negated, current));
                current = [];
            }
            else if (body is "else" or "end")
            {
                if (frames.Count == 0)
                {
                    throw new TemplateException(source, line, $"{{{body}}} 前没有 {{if …}}。");
                }

                var frame = frames.Peek();
                if (body == "else")
                {
                    frame.Then = current;
                    current = [];
                    continue;
                }

                frames.Pop();
                var node = frame.Then is null
                    ? new IfNode(frame.Name, frame.Argument, frame.Negated, current, [])
                    : new IfNode(frame.Name, frame.Argument, frame.Negated, frame.Then, current);
                current = frame.Outer;
                current.Add(node);
            }
            else
            {
                current.Add(Call(body, source, line));
            }
        }

        if (frames.Count > 0)
        {
            throw new TemplateException(source, line, "{if …} 没有对应的 {end}。");
        }

        return current;
    }

    private static CallNode Call(string body, string source, int line)
    {
        var (name, argument) = Split(body);
        if (!TemplateVocabulary.Functions.Contains(name))
        {
            throw new TemplateException(source, line, $"占位符 {{{body}}} 不认识；可用：{string.Join("、", TemplateVocabulary.Functions)}。");
        }

        return new CallNode(name, argument);
    }

    private static (string Name, string? Argument, bool Negated) Condition(string body, string source, int line)
    {
        var negated = body.StartsWith('!');
        var (name, argument) = Split(negated ? body[1..] : body);
        if (!TemplateVocabulary.Conditions.Contains(name))
        {
            throw new TemplateException(source, line, $"条件 {{if {body}}} 不认识；可用：{string.Join("、", TemplateVocabulary.Conditions)}。");
        }

        return (name, argument, negated);
    }

    private static (string Name, string? Argument) Split(string body)
    {
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (body, null) : (body[..colon].Trim(), body[(colon + 1)..].Trim());
    }

    private sealed class IfFrame(string name, string? argument, bool negated, List<TemplateNode> outer)
    {
        public string Name { get; } = name;

        public string? Argument { get; } = argument;

        public bool Negated { get; } = negated;

        public List<TemplateNode> Outer { get; } = outer;

        public List<TemplateNode>? Then { get; set; }
    }
}
