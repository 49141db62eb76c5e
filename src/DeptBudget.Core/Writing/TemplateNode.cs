namespace DeptBudget.Core.Writing;

/// <summary>One piece of a template line: literal text, a placeholder <c>{name:arg}</c>, or <c>{if …}…{else}…{end}</c>.</summary>
public abstract record TemplateNode;

public sealed record TextNode(string Text) : TemplateNode;

/// <summary><c>{amount:basic}</c>: a function over a key (or over the current item, written <c>@</c>).</summary>
public sealed record CallNode(string Name, string? Argument) : TemplateNode;

/// <summary><c>{if nonzero:governmentFund}…{else}…{end}</c>; a leading <c>!</c> negates the condition.</summary>
public sealed record IfNode(string Condition, string? Argument, bool Negated, IReadOnlyList<TemplateNode> Then, IReadOnlyList<TemplateNode> Else) : TemplateNode;

/// <summary>One line of a section template: a heading (level 2 = 一、, 3 = （一）), a paragraph, or a repeated block.</summary>
public abstract record TemplateLine(int LineNumber);

public sealed record HeadingLine(int LineNumber, int Level, IReadOnlyList<TemplateNode> Nodes) : TemplateLine(LineNumber);

public sealed record ParagraphLine(int LineNumber, IReadOnlyList<TemplateNode> Nodes) : TemplateLine(LineNumber);

/// <summary><c>@each classes</c> … <c>@end</c>: the lines once per item of a list.</summary>
public sealed record EachLine(int LineNumber, string List, IReadOnlyList<TemplateLine> Body) : TemplateLine(LineNumber);

/// <summary>A parsed section template (one file): its name and lines.</summary>
public sealed record SectionTemplate(string Name, IReadOnlyList<TemplateLine> Lines);
