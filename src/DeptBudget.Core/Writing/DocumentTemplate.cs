using DeptBudget.Core.Targets;

namespace DeptBudget.Core.Writing;

/// <summary>
/// A profile's document as data (data/narrative/templates/PROFILE/document.tsv): the title, the reason threshold,
/// the parts with their sections; plus the section templates and the glossary (名词解释).
/// </summary>
public sealed record DocumentTemplate
{
    public required string ProfileId { get; init; }

    /// <summary>The cover title, a template line (“{department}{year}年部门预算公开”).</summary>
    public required IReadOnlyList<TemplateNode> Title { get; init; }

    /// <summary>A change against last year of at least this many percent needs a reason (default 10).</summary>
    public decimal ReasonThreshold { get; init; } = 10m;

    /// <summary>Whether the document has charts (<c>charts off</c> in document.tsv switches them off; default on).</summary>
    public bool Charts { get; init; } = true;

    public required IReadOnlyList<PartTemplate> Parts { get; init; }

    public required IReadOnlyDictionary<string, SectionTemplate> Sections { get; init; }

    /// <summary>The target-form templates of the performance part (<c>targets</c> in document.tsv), in print order.</summary>
    public IReadOnlyList<string> TargetFormIds { get; init; } = [];

    /// <summary>The templates named by <see cref="TargetFormIds"/>, resolved by whoever loads the template.</summary>
    public IReadOnlyList<FormTemplate> TargetForms { get; init; } = [];

    /// <summary>名词解释: term and explanation, in print order.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
}

/// <summary>A part: label (第一部分), heading template, and its content: section names, <c>@glossary</c>, <c>@tables</c> or <c>@targets</c>.</summary>
public sealed record PartTemplate(string Label, IReadOnlyList<TemplateNode> Heading, IReadOnlyList<string> Contents)
{
    public const string GlossaryContent = "@glossary";
    public const string TablesContent = "@tables";
    public const string TargetsContent = "@targets";
}

public sealed record GlossaryEntry(string Term, string Explanation);
