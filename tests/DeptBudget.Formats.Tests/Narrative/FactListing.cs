using System.Globalization;
using System.Text;
using DeptBudget.Core.Narrative;

namespace DeptBudget.Formats.Tests.Narrative;

/// <summary>Every fact of a narrative as one tab-separated line: the readable form of the golden files.</summary>
internal static class FactListing
{
    public static string Write(NarrativeDocument document, NarrativeFacts facts)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# sections {document.Sections.Count}, sentences {document.Sentences.Count()}, tables skipped {document.TableCount} ({document.TableLineCount} lines), years {string.Join(",", facts.Years)}\n");
        text.Append("# section\tparagraph\tsentence\tline\tkind\tsubject\tvalue\twhole/direction\tpercent\tagainst\tfigure\n");
        foreach (var f in facts.Facts)
        {
            var s = f.Sentence;
            var detail = f.Kind switch
            {
                FactKind.Change => $"{f.Direction}\t{$"{f.PercentDirection} {f.Percent?.ToString(CultureInfo.InvariantCulture)}".Trim()}\t{f.AgainstYear?.ToString(CultureInfo.InvariantCulture)}",
                FactKind.Unbound => $"{f.Reason}\t\t",
                _ => $"{f.Whole ?? ""}\t\t",
            };
            text.Append(CultureInfo.InvariantCulture, $"{s.Section} {s.SectionHeading}\t{s.Paragraph}\t{s.Number}\t{s.Line}\t{f.Kind}\t{f.Subject ?? "-"}\t{f.Value.ToString(CultureInfo.InvariantCulture)}\t{detail}\t{f.Figure}\n");
        }

        return text.ToString();
    }
}
