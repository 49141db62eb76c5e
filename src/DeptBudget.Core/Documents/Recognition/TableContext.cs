using System.Text.RegularExpressions;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>The lines printed around a table: its number (预算03表, 附表4-1), title, 部门名称 and 单位.</summary>
internal sealed partial record TableContext(string? Number, string? Title, SourcePosition? TitlePosition, string? Department, string? Unit)
{
    /// <summary>Reads the blocks between the previous table (or the start) and this one.</summary>
    public static TableContext Before(IReadOnlyList<DocumentBlock> blocks, int index, TableVocabulary vocabulary)
    {
        string? number = null, title = null, department = null, unit = null;
        SourcePosition? titlePosition = null;
        for (var i = index - 1; i >= 0 && blocks[i] is not TableBlock && index - i <= 8; i--)
        {
            var text = blocks[i] switch
            {
                HeadingBlock h => h.Text,
                ParagraphBlock p => p.Text,
                _ => "",
            };
            var clean = CellText.Clean(text).Replace("*", "", StringComparison.Ordinal).Trim();
            if (number is null && NumberPattern().Match(clean) is { Success: true } n && clean.Length <= n.Length + 2)
            {
                number = n.Value.Replace(" ", "", StringComparison.Ordinal);
            }
            else if (unit is null && UnitPattern().Match(clean) is { Success: true } u)
            {
                unit = u.Groups[1].Value;
            }
            else if (department is null && DepartmentPattern().Match(clean) is { Success: true } d)
            {
                department = d.Groups[2].Value.Length > 0 ? d.Groups[2].Value.Trim() : NextText(blocks, i);
            }
            else if (title is null && clean.Length <= 60 && clean.EndsWith('表') || title is null && clean.Length <= 60 && vocabulary.TableOf(clean) is not null)
            {
                title = clean;
                titlePosition = blocks[i].Position;
            }
        }

        return new TableContext(number, title, titlePosition, department, unit);
    }

    private static string? NextText(IReadOnlyList<DocumentBlock> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock p ? CellText.Clean(p.Text) : null;

    [GeneratedRegex(@"(预算\d+表|附表\s*\d+(-\d+)?|表\s*\d+(-\d+)?)")]
    public static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:金额)?单位[:：]\s*(万元|元|千元)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^(部门名称|单位名称|部门\(单位\)名称|编制部门|编制单位)[:：]\s*(.*)$")]
    private static partial Regex DepartmentPattern();
}
