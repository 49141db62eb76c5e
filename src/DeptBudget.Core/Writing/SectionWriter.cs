using System.Text;
using DeptBudget.Core.Tables.Derivation;

namespace DeptBudget.Core.Writing;

/// <summary>
/// Writes the sections of one part: expands each line, drops paragraphs that come out empty and headings with
/// nothing under them, then numbers the headings (一、 for level 2, （一） for level 3, restarting under each 一、).
/// </summary>
internal sealed class SectionWriter(WritingContext context)
{
    public IReadOnlyList<PartBlock> Write(IEnumerable<SectionTemplate> sections)
    {
        var raw = new List<(int Level, string Text)>();
        foreach (var section in sections)
        {
            context.Section = null;
            Lines(section.Lines, null, raw);
        }

        return Number(DropEmptyHeadings(raw));
    }

    /// <summary>Level 0 marks a paragraph.</summary>
    private void Lines(IReadOnlyList<TemplateLine> lines, TemplateItem? item, List<(int Level, string Text)> output)
    {
        foreach (var line in lines)
        {
            switch (line)
            {
                case HeadingLine heading:
                    var text = Expand(heading.Nodes, item);
                    context.Section = text;
                    output.Add((heading.Level, text));
                    break;
                case ParagraphLine paragraph:
                    output.Add((0, Expand(paragraph.Nodes, item)));
                    break;
                case EachLine each:
                    foreach (var element in TemplateLists.Items(each.List, context.Dataset, context.Figures))
                    {
                        Lines(each.Body, element, output);
                    }

                    break;
            }
        }
    }

    public string Expand(IReadOnlyList<TemplateNode> nodes, TemplateItem? item)
    {
        var text = new StringBuilder();
        Append(text, nodes, item);
        return text.ToString().Trim();
    }

    private void Append(StringBuilder text, IReadOnlyList<TemplateNode> nodes, TemplateItem? item)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode literal:
                    text.Append(literal.Text);
                    break;
                case CallNode call:
                    text.Append(context.Call(call.Name, call.Argument, item));
                    break;
                case IfNode condition:
                    Append(text, context.Test(condition.Condition, condition.Argument, item) != condition.Negated ? condition.Then : condition.Else, item);
                    break;
            }
        }
    }

    private static List<(int Level, string Text)> DropEmptyHeadings(List<(int Level, string Text)> raw)
    {
        var kept = new List<(int Level, string Text)>();
        for (var i = 0; i < raw.Count; i++)
        {
            var (level, text) = raw[i];
            if (level == 0 && text.Length == 0)
            {
                continue;
            }

            if (level > 0 && !HasContent(raw, i))
            {
                continue;
            }

            kept.Add((level, text));
        }

        return kept;
    }

    private static bool HasContent(List<(int Level, string Text)> raw, int headingIndex)
    {
        for (var i = headingIndex + 1; i < raw.Count; i++)
        {
            if (raw[i].Level > 0 && raw[i].Level <= raw[headingIndex].Level)
            {
                return false;
            }

            if (raw[i].Level == 0 && raw[i].Text.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static List<PartBlock> Number(List<(int Level, string Text)> lines)
    {
        var blocks = new List<PartBlock>();
        var (major, minor) = (0, 0);
        foreach (var (level, text) in lines)
        {
            switch (level)
            {
                case 0:
                    blocks.Add(new ParagraphBlock(text));
                    break;
                case 2:
                    (major, minor) = (major + 1, 0);
                    blocks.Add(new HeadingBlock(2, $"{ChineseNumerals.Of(major)}、{text}"));
                    break;
                default:
                    minor++;
                    blocks.Add(new HeadingBlock(3, $"（{ChineseNumerals.Of(minor)}）{text}"));
                    break;
            }
        }

        return blocks;
    }
}
