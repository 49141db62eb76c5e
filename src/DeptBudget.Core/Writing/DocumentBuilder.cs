using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Targets.Filling;
using DeptBudget.Core.Writing.Charts;

namespace DeptBudget.Core.Writing;

/// <summary>
/// Builds the whole document from a profile's document template, the dataset, its derived tables and their key
/// figures: every figure, share, change and direction word is read from the key figures, so the narrative agrees
/// with the tables by construction; only reasons and free descriptions come from people (the dataset).
/// </summary>
public static class DocumentBuilder
{
    /// <param name="tables">The profile's derived tables, in the profile's order.</param>
    /// <param name="keyFigures">The key figures derived from them (<see cref="Tables.Figures.KeyFigures.Derive"/>).</param>
    /// <param name="date">The cover date (the caller's clock).</param>
    /// <param name="errors">Findings of severity error from the checks; printed as a banner.</param>
    public static DisclosureDocument Build(
        DocumentTemplate template, BudgetDataset dataset, IReadOnlyList<Table> tables, Table keyFigures, DateOnly date, IReadOnlyList<Finding> errors)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(dataset);
        var context = new WritingContext(dataset, new FigureBook(keyFigures), template.ReasonThreshold);
        var writer = new SectionWriter(context);
        var parts = template.Parts.Select(part => new DocumentPart(part.Label, writer.Expand(part.Heading, null), Content(part, template, tables, writer, dataset, keyFigures))).ToList();
        var charts = template.Charts ? DocumentCharts.From(context.Figures, dataset.Year) : [];
        return new DisclosureDocument
        {
            Title = writer.Expand(template.Title, null),
            Date = CoverDate.Month(date),
            Parts = ChartPlacement.Place(parts, charts, context.Figures),
            Banner = errors.Where(f => f.Severity == Severity.Error).ToList(),
            WritingFindings = context.Findings,
        };
    }

    /// <summary>The forms carry only what the budget holds; goals and indicators are people's to write.</summary>
    public const string TargetsNote = "说明：表中金额取自本部门预算；绩效目标和绩效指标由部门填写，表中空白处待填。";

    private static IReadOnlyList<PartBlock> Content(PartTemplate part, DocumentTemplate template, IReadOnlyList<Table> tables, SectionWriter writer, BudgetDataset dataset, Table keyFigures)
    {
        var blocks = new List<PartBlock>();
        foreach (var content in part.Contents)
        {
            switch (content)
            {
                case PartTemplate.GlossaryContent:
                    blocks.AddRange(template.Glossary.Select((g, i) => new ParagraphBlock($"{ChineseNumerals.Of(i + 1)}、{g.Term}：{g.Explanation}")));
                    break;
                case PartTemplate.TablesContent:
                    blocks.AddRange(tables.Select(t => new TableBlock(t)));
                    break;
                case PartTemplate.TargetsContent:
                    blocks.Add(new ParagraphBlock(TargetsNote));
                    blocks.AddRange(template.TargetForms.SelectMany(t => FormFiller.Fill(t, dataset, keyFigures, tables).Select(f => new TargetFormBlock(f, t))));
                    break;
                default:
                    break;
            }
        }

        var sections = part.Contents.Where(c => !c.StartsWith('@')).Select(c => template.Sections[c]).ToList();
        return sections.Count == 0 ? blocks : [.. writer.Write(sections), .. blocks];
    }
}
