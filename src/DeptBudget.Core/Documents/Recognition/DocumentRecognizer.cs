using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Core.Classifications;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>A profile the document may follow, with its tables as derived from no data (columns and fixed rows).</summary>
public sealed record ProfileTemplates(Profile Profile, IReadOnlyList<Table> Tables);

/// <summary>
/// Recognises the standard tables of a <see cref="SourceDocument"/>: which table each printed table is (by number,
/// title and the profile), read as the core's <see cref="Table"/> with the derived tables' ids, row and column keys,
/// so every built-in rule runs on them unchanged.
/// </summary>
public static partial class DocumentRecognizer
{
    /// <param name="candidates">The profiles to choose from; with <paramref name="profileId"/> null the best is chosen.</param>
    public static RecognizedDocument Recognize(SourceDocument document, IReadOnlyList<ProfileTemplates> candidates, string? profileId, TableVocabulary vocabulary, ClassificationSet? classifications)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var blocks = document.Blocks;
        var (chosen, reason) = Choose(blocks, candidates, profileId, vocabulary);
        var problems = new List<RecognitionProblem>();
        var tables = new List<RecognizedTable>();
        var others = new List<PrintedTitle>();
        var titled = new List<PrintedTitle>();
        var unitCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock block)
            {
                continue;
            }

            var context = TableContext.Before(blocks, i, vocabulary);
            var id = (context.Title is null ? null : vocabulary.TableOf(context.Title))
                ?? chosen.Profile.Tables.FirstOrDefault(t => t.Number == context.Number)?.Id;
            if (context.Title is not null)
            {
                titled.Add(new PrintedTitle(context.Title, id, context.TitlePosition!));
            }

            var template = id is null ? null : chosen.Tables.FirstOrDefault(t => t.Id == id);
            if (template is null || tables.Any(t => t.Table.Id == id))
            {
                others.Add(new PrintedTitle(context.Title ?? "（无标题）", null, block.Position));
                continue;
            }

            var scale = context.Unit == "元" && template.Unit == TableUnit.TenThousandYuan ? 0.0001m
                : context.Unit == "万元" && template.Unit == TableUnit.Yuan ? 10000m : 1m;
            var header = HeaderRows.Count(block, template);
            var (rows, positions) = new TableReader(template, vocabulary, classifications, problems, unitCodes).Read(block, header, scale);
            var note = NoteAfter(blocks, i);
            var table = template with
            {
                Number = context.Number ?? template.Number,
                Title = context.Title ?? template.Title,
                Rows = rows,
                Notes = note is null ? [] : [note],
                IsEmpty = rows.All(r => r.Cells.Values.All(v => v is null or 0m)),
            };
            tables.Add(new RecognizedTable(table, block.Position, context.Number, context.Title ?? template.Title) { RowPositions = positions, Note = note });
        }

        var withTable = titled.Select(t => t.Position).ToHashSet();
        return new RecognizedDocument
        {
            Title = DocumentTitle(blocks),
            Department = DepartmentOf(blocks),
            Year = YearOf(document),
            Unit = blocks.OfType<ParagraphBlock>().Select(p => UnitLine().Match(CellText.Clean(p.Text))).FirstOrDefault(m => m.Success)?.Groups[1].Value,
            Profile = chosen.Profile.Id,
            ProfileReason = reason,
            Kind = chosen.Profile.Kind,
            Tables = tables,
            OtherTables = others,
            TitlesWithoutTable = TitlesWithoutTable(blocks, vocabulary, withTable),
            Contents = Contents(blocks, vocabulary),
            Problems = problems,
        };
    }

    private static (ProfileTemplates, string) Choose(IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<ProfileTemplates> candidates, string? profileId, TableVocabulary vocabulary)
    {
        if (profileId is not null)
        {
            return (candidates.First(c => c.Profile.Id == profileId), "由 --profile 指定");
        }

        // A document is read with a profile of its own kind (预算 or 决算); among the budget profiles nothing changes.
        var (kind, why) = DocumentKind.Of(blocks, DocumentTitle(blocks));
        if (candidates.Any(c => c.Profile.Kind == kind))
        {
            candidates = candidates.Where(c => c.Profile.Kind == kind).ToList();
        }

        var prefix = kind == DisclosureKind.FinalAccounts ? $"{why}表明是决算文件；" : "";
        var numbers = blocks.Where(b => b is HeadingBlock or ParagraphBlock)
            .Select(b => CellText.Clean(b is HeadingBlock h ? h.Text : ((ParagraphBlock)b).Text))
            .Select(t => TableContext.NumberPattern().Match(t)).Where(m => m.Success).Select(m => m.Value.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var best = candidates.Select(c => (Candidate: c, Score: c.Profile.Tables.Count(t => numbers.Contains(t.Number))))
            .OrderByDescending(c => c.Score).First();
        return best.Score > 0
            ? (best.Candidate, $"{prefix}表号 {string.Join("、", best.Candidate.Profile.Tables.Where(t => numbers.Contains(t.Number)).Select(t => t.Number).Take(4))}… 与式样 {best.Candidate.Profile.Id} 相同")
            : (candidates[0], $"{prefix}文件中没有可识别的表号，用默认式样 {candidates[0].Profile.Id}");
    }

    private static string? NoteAfter(IReadOnlyList<DocumentBlock> blocks, int index)
    {
        for (var i = index + 1; i < blocks.Count && i <= index + 2; i++)
        {
            if (blocks[i] is ParagraphBlock p && NotePattern().IsMatch(CellText.Clean(p.Text)))
            {
                return p.Text;
            }

            if (blocks[i] is TableBlock or HeadingBlock)
            {
                break;
            }
        }

        return null;
    }

    private static List<PrintedTitle> TitlesWithoutTable(IReadOnlyList<DocumentBlock> blocks, TableVocabulary vocabulary, HashSet<SourcePosition> withTable)
    {
        var found = new List<PrintedTitle>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i] switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null };
            if (text is null || withTable.Contains(blocks[i].Position) || CellText.Clean(text).Length > 60 || vocabulary.TableOf(text) is not { } id)
            {
                continue;
            }

            // A title is followed by 部门名称 / 单位 lines; a contents entry or a sentence is not.
            var next = blocks.Skip(i + 1).Take(3).OfType<ParagraphBlock>().Select(p => CellText.Clean(p.Text));
            if (next.Any(t => UnitLine().IsMatch(t) || t.StartsWith("部门名称", StringComparison.Ordinal) || t.StartsWith("单位名称", StringComparison.Ordinal)))
            {
                found.Add(new PrintedTitle(CellText.Clean(text), id, blocks[i].Position));
            }
        }

        return found;
    }

    private static List<PrintedTitle> Contents(IReadOnlyList<DocumentBlock> blocks, TableVocabulary vocabulary)
    {
        var start = -1;
        for (var i = 0; i < blocks.Count && start < 0; i++)
        {
            if (blocks[i] is HeadingBlock h && CellText.Label(h.Text) == "目录")
            {
                start = i;
            }
        }

        if (start < 0)
        {
            return [];
        }

        // The contents end at the first table, or where a part it lists (第一部分) begins for real.
        var parts = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<PrintedTitle>();
        foreach (var block in blocks.Skip(start + 1))
        {
            var text = block switch { HeadingBlock hb => hb.Text, ParagraphBlock p => p.Text, _ => "" };
            var clean = CellText.Clean(text);
            if (block is TableBlock || PartPattern().Match(clean) is { Success: true } part && !parts.Add(part.Value))
            {
                break;
            }

            if (clean.EndsWith('表') && clean.Length <= 40)
            {
                entries.Add(new PrintedTitle(clean, vocabulary.TableOf(clean), block.Position));
            }
        }

        return entries;
    }

    private static string? DocumentTitle(IReadOnlyList<DocumentBlock> blocks) =>
        blocks.OfType<HeadingBlock>().FirstOrDefault(h => YearPattern().IsMatch(h.Text) && (h.Text.Contains("预算", StringComparison.Ordinal) || h.Text.Contains("决算", StringComparison.Ordinal)))?.Text
        ?? blocks.OfType<HeadingBlock>().FirstOrDefault()?.Text;

    private static string? DepartmentOf(IReadOnlyList<DocumentBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && DepartmentLine().Match(CellText.Clean(p.Text)) is { Success: true } m)
            {
                var name = m.Groups[1].Value.Trim();
                if (name.Length == 0 && i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock next)
                {
                    name = CellText.Clean(next.Text);
                }

                if (name.Length > 0)
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>The year the document is about: the most frequent year in its headings (known before its tables are read).</summary>
    public static int? YearOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var years = document.Blocks.OfType<HeadingBlock>().SelectMany(h => YearPattern().Matches(CellText.Clean(h.Text)))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    internal static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:金额)?单位[:：]\s*(万元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^(?:部门名称|单位名称)[:：]\s*(.*)$")]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(说明|注|备注)[:：]")]
    private static partial Regex NotePattern();
}
