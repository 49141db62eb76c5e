using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets;

namespace DeptBudget.Core.Writing;

/// <summary>
/// The whole disclosure document (部门预算公开) as the writers print it: cover, parts in the profile's order (the
/// contents is built from their headings), the derived tables, and the findings a reviewer must see.
/// </summary>
public sealed record DisclosureDocument
{
    /// <summary>“新乡市政务服务和大数据管理局2022年部门预算公开”.</summary>
    public required string Title { get; init; }

    /// <summary>The cover's date line, “二〇二二年四月”.</summary>
    public required string Date { get; init; }

    public required IReadOnlyList<DocumentPart> Parts { get; init; }

    /// <summary>Findings of severity error: printed as a “未通过审核” banner on the first page; empty when none.</summary>
    public IReadOnlyList<Finding> Banner { get; init; } = [];

    /// <summary>Findings writing produced (a missing reason for a large change).</summary>
    public IReadOnlyList<Finding> WritingFindings { get; init; } = [];

    public IEnumerable<Table> Tables => Parts.SelectMany(p => p.Blocks).OfType<TableBlock>().Select(b => b.Table);
}

/// <summary>A part (第一部分 …): its label, heading and content.</summary>
public sealed record DocumentPart(string Label, string Heading, IReadOnlyList<PartBlock> Blocks)
{
    /// <summary>“第一部分 新乡市政务服务和大数据管理局概况”.</summary>
    public string FullHeading => Label.Length == 0 ? Heading : $"{Label} {Heading}";
}

/// <summary>One piece of a part.</summary>
public abstract record PartBlock;

/// <summary>A numbered heading: level 2 “一、…”, level 3 “（一）…”; <see cref="Text"/> includes the numbering.</summary>
public sealed record HeadingBlock(int Level, string Text) : PartBlock;

public sealed record ParagraphBlock(string Text) : PartBlock;

/// <summary>A derived table, printed on its own page.</summary>
public sealed record TableBlock(Table Table) : PartBlock;

/// <summary>A performance-target form filled from the budget, printed in its template's layout on its own page.</summary>
public sealed record TargetFormBlock(PerformanceForm Form, FormTemplate Template) : PartBlock;
