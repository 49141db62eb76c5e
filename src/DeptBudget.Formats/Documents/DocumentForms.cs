using System.Text;
using DeptBudget.Core.Documents;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// The performance-target forms of a document, read from text rebuilt from its blocks (headings as "## ", table rows
/// as tab-separated lines), each text line remembering the source position it came from so findings point into the
/// document, not into the rebuilt text.
/// </summary>
public sealed class DocumentForms
{
    private readonly List<SourcePosition> positions;

    private DocumentForms(IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> forms, List<SourcePosition> positions)
    {
        Forms = forms;
        this.positions = positions;
    }

    public IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> Forms { get; }

    /// <summary>Where line <paramref name="line"/> (1-based) of the rebuilt text is in the source.</summary>
    public SourcePosition Position(int line) => line >= 1 && line <= positions.Count ? positions[line - 1] : new SourcePosition(line);

    /// <summary>The forms found (of the given template, else of every template that fits); none when no template fits.</summary>
    public static DocumentForms Read(SourceDocument source, string? templateId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = new StringBuilder();
        var positions = new List<SourcePosition>();
        void Line(string line, SourcePosition at)
        {
            text.Append(line).Append('\n');
            positions.Add(at);
        }

        foreach (var block in source.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Line($"## {h.Text}", h.Position);
                    Line("", h.Position);
                    break;
                case ParagraphBlock p:
                    Line(p.Text, p.Position);
                    Line("", p.Position);
                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                    {
                        Line(string.Join('\t', row.Cells), row.Position);
                    }

                    Line("", t.Position);
                    break;
            }
        }

        try
        {
            var forms = FormTextReader.Read(text.ToString(), templateId).Select(f => (f, ShippedTargetData.Template(f.TemplateId))).ToList();
            return new DocumentForms(forms, positions);
        }
        catch (InputException)
        {
            return new DocumentForms([], positions);
        }
    }
}
