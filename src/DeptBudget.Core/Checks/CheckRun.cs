using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Checks;

/// <summary>
/// Runs rules through <see cref="CheckEngine"/>, first setting aside the rules that name last year's tables
/// (ids “last:…”) or the narrative's facts (“narrative”) when those tables are not among the checked ones: without
/// last year's data or a narrative they are skipped, not an error. Any other missing table is still the rule's error.
/// </summary>
public static class CheckRun
{
    /// <summary>The prefix of last year's tables among the checked ones (“last:three-public”).</summary>
    public const string LastYearPrefix = "last:";

    /// <summary>The reason a rule is skipped when no last year's data was given.</summary>
    public const string NoLastYear = "未提供上年数据";

    /// <summary>The reason a rule over the narrative's facts is skipped when no narrative was given.</summary>
    public const string NoNarrative = "未提供情况说明（--narrative）";

    public static CheckResult Run(IReadOnlyList<Table> tables, IEnumerable<Rule> rules, string profileId)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var (runnable, skipped) = Partition(rules, tables.Select(t => t.Id).ToHashSet(StringComparer.Ordinal), profileId);
        return new CheckResult(CheckEngine.Run(tables, runnable, profileId), skipped);
    }

    /// <summary>The reason a built-in rule is skipped on a published document that lacks one of its tables.</summary>
    public const string NoSuchTable = "文件中没有此表";

    /// <summary>
    /// Runs rules over the tables read from a published document: a built-in rule naming a table, row or column the
    /// document does not have is skipped with the reason; a reviewer's rule still fails with its file, line and column.
    /// </summary>
    public static CheckResult RunOnDocument(IReadOnlyList<Table> tables, IEnumerable<Rule> builtIn, IEnumerable<Rule> reviewers, string profileId)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(builtIn);
        var byId = tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var runnable = new List<Rule>();
        var skipped = new List<SkippedRule>();
        foreach (var rule in builtIn.Where(r => r.AppliesTo(profileId)))
        {
            var missing = RuleTables.Named(rule.Formula).Where(id => !byId.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                skipped.Add(new SkippedRule(rule.Id, $"{NoSuchTable}（{string.Join("、", missing)}）"));
                continue;
            }

            try
            {
                Language.RuleValidator.Validate(rule.Formula, byId);
                if (MissingCell(rule.Formula, byId) is { } lacking)
                {
                    skipped.Add(new SkippedRule(rule.Id, $"文件中的表没有规则所需的{lacking}"));
                    continue;
                }

                runnable.Add(rule);
            }
            catch (Language.RuleException ex)
            {
                skipped.Add(new SkippedRule(rule.Id, $"文件中的表没有规则所需的行或列：{ex.Message}"));
            }
        }

        var result = Run(tables, [.. runnable, .. reviewers], profileId);
        return new CheckResult(result.Findings, [.. skipped, .. result.Skipped]);
    }

    /// <summary>A row key or column key the formula names that its table lacks, in words; null when it has them all.</summary>
    private static string? MissingCell(Language.Formula formula, Dictionary<string, Table> tables)
    {
        var current = formula.ForEach is { } header ? Ids(header.Table.Text, []) : [];
        var refs = new List<Language.CellRef>();
        if (formula.ForEach is { } each)
        {
            refs.Add(each);
        }

        Collect(formula.Body, refs);
        foreach (var cell in refs)
        {
            var row = Language.RowSelector.Parse(cell.Rows).Key;
            var columns = cell.Column.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(c => c is not ("@" or "*")).ToList();
            foreach (var table in Ids(cell.Table.Text, current).Select(id => tables.GetValueOrDefault(id)).OfType<Table>())
            {
                if (row is not null && table.FindRow(row) is null)
                {
                    return $"行（{table.Id} 中没有 {row}）";
                }

                if (columns.FirstOrDefault(c => !table.Leaves.Any(l => l.Key == c)) is { } column)
                {
                    return $"列（{table.Id} 中没有 {column}）";
                }
            }
        }

        return null;
    }

    private static List<string> Ids(string text, List<string> current) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(id => id == "@" ? current : [id]).ToList();

    private static void Collect(Language.Node node, List<Language.CellRef> refs)
    {
        if (node is Language.CellNode cell)
        {
            refs.Add(cell.Ref);
        }

        IEnumerable<Language.Node> children = node switch
        {
            Language.BinaryNode b => [b.Left, b.Right],
            Language.CompareNode c => [c.Left, c.Right],
            Language.LogicNode l => [l.Left, l.Right],
            Language.NotNode n => [n.Operand],
            Language.NegateNode n => [n.Operand],
            Language.CallNode call => call.Arguments,
            _ => [],
        };
        foreach (var child in children)
        {
            Collect(child, refs);
        }
    }

    /// <summary>The rules of the profile that can run over tables with these ids, and those set aside with the reason.</summary>
    public static (IReadOnlyList<Rule> Runnable, IReadOnlyList<SkippedRule> Skipped) Partition(IEnumerable<Rule> rules, IReadOnlySet<string> tableIds, string profileId)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(tableIds);
        var hasLastYear = tableIds.Any(id => id.StartsWith(LastYearPrefix, StringComparison.Ordinal));
        var runnable = new List<Rule>();
        var skipped = new List<SkippedRule>();
        foreach (var rule in rules.Where(r => r.AppliesTo(profileId)))
        {
            var named = RuleTables.Named(rule.Formula).ToList();
            var missing = named
                .Where(id => id.StartsWith(LastYearPrefix, StringComparison.Ordinal) && !tableIds.Contains(id))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (named.Contains(Narrative.NarrativeTable.TableId) && !tableIds.Contains(Narrative.NarrativeTable.TableId))
            {
                skipped.Add(new SkippedRule(rule.Id, NoNarrative));
            }
            else if (missing.Count == 0)
            {
                runnable.Add(rule);
            }
            else
            {
                skipped.Add(new SkippedRule(rule.Id, hasLastYear ? $"上年数据中没有表 {string.Join("、", missing.Select(id => id[LastYearPrefix.Length..]))}" : NoLastYear));
            }
        }

        return (runnable, skipped);
    }
}
