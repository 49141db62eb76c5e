using System.Globalization;

namespace DeptBudget.Core.Writing;

/// <summary>
/// Reads document.tsv (tab-separated: <c>title TEXT</c>, <c>threshold PERCENT</c>, <c>charts on|off</c>, <c>targets IDS</c>
/// (the target-form templates of the performance part, joined by commas), <c>part LABEL HEADING CONTENTS</c>
/// with CONTENTS the section names joined by commas, or @glossary, @tables, @targets) and the glossary TSV (term, explanation).
/// </summary>
public static class DocumentTemplateReader
{
    /// <param name="sections">Section template texts by name (the file name without .txt).</param>
    public static DocumentTemplate Read(string profileId, string documentTsv, IReadOnlyDictionary<string, string> sections, string? glossaryTsv, string source)
    {
        ArgumentNullException.ThrowIfNull(documentTsv);
        ArgumentNullException.ThrowIfNull(sections);
        IReadOnlyList<TemplateNode>? title = null;
        var threshold = 10m;
        var charts = true;
        IReadOnlyList<string> targets = [];
        var parts = new List<PartTemplate>();
        foreach (var (fields, line) in Rows(documentTsv))
        {
            switch (fields[0])
            {
                case "title" when fields.Length == 2:
                    title = TemplateParser.Inline(fields[1], source, line);
                    break;
                case "threshold" when fields.Length == 2 && decimal.TryParse(fields[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var value):
                    threshold = value;
                    break;
                case "charts" when fields.Length == 2 && fields[1] is "on" or "off":
                    charts = fields[1] == "on";
                    break;
                case "targets" when fields.Length == 2:
                    targets = fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "part" when fields.Length == 4:
                    var contents = fields[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (contents.FirstOrDefault(c => !c.StartsWith('@') && !sections.ContainsKey(c)) is { } missing)
                    {
                        throw new TemplateException(source, line, $"部分“{fields[1]}”列出的说明“{missing}”没有模板文件 {missing}.txt。");
                    }

                    parts.Add(new PartTemplate(fields[1], TemplateParser.Inline(fields[2], source, line), contents));
                    break;
                default:
                    throw new TemplateException(source, line, "应为 title、threshold、charts（on 或 off）、targets（绩效目标表式样，以逗号分隔）或 part 行（part 行为：part、部分编号、标题、内容，以 Tab 分隔）。");
            }
        }

        return new DocumentTemplate
        {
            ProfileId = profileId,
            Title = title ?? throw new TemplateException(source, 1, "缺少 title 行。"),
            ReasonThreshold = threshold,
            Charts = charts,
            TargetFormIds = targets,
            Parts = parts,
            Sections = sections.ToDictionary(s => s.Key, s => TemplateParser.Parse(s.Key, s.Value, $"{profileId}/{s.Key}.txt"), StringComparer.Ordinal),
            Glossary = glossaryTsv is null ? [] : Rows(glossaryTsv).Select(r => r.Fields.Length == 2
                ? new GlossaryEntry(r.Fields[0], r.Fields[1])
                : throw new TemplateException($"glossary/{profileId}.tsv", r.Line, "每行应为：名词、解释，以 Tab 分隔。")).ToList(),
        };
    }

    private static IEnumerable<(string[] Fields, int Line)> Rows(string tsv) =>
        tsv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select((text, index) => (Text: text, Line: index + 1))
            .Where(l => l.Text.Trim().Length > 0 && !l.Text.StartsWith('#'))
            .Select(l => (l.Text.Split('\t'), l.Line));
}
