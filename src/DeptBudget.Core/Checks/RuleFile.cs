using System.Globalization;
using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Checks;

/// <summary>
/// Reads a rule file (.rules, UTF-8 text). Each rule starts with "rule: ID" and has "key: value" lines — title,
/// severity (error | warning | notice), scope (表内 | 表间 | 跨年 | 说明与表), tolerance, profiles (comma list) —
/// and ends with "formula:", whose text runs to the next "rule:" line. Lines starting with # are comments.
/// </summary>
public static class RuleFile
{
    public static IReadOnlyList<Rule> Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rules = new List<Rule>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                i++;
                continue;
            }

            if (!line.StartsWith("rule:", StringComparison.Ordinal))
            {
                throw Error($"这里应以“rule: 规则编号”开始一条规则，写的是“{line}”。", i, lines[i], source);
            }

            rules.Add(ReadRule(lines, ref i, source));
        }

        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? rules : throw new RuleException($"规则编号 {duplicate.Key} 重复。", new Position(1, 1), source);
    }

    private static Rule ReadRule(string[] lines, ref int i, string source)
    {
        var start = i;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? "" : line[..colon].Trim();
            if (key is not ("rule" or "title" or "severity" or "scope" or "tolerance" or "profiles" or "formula"))
            {
                throw Error($"不认识的项“{line}”；可写 rule、title、severity、scope、tolerance、profiles、formula。", i, lines[i], source);
            }

            if (key == "formula")
            {
                break;
            }

            fields[key] = line[(colon + 1)..].Trim();
        }

        if (i >= lines.Length)
        {
            throw Error($"规则 {fields["rule"]} 没有 formula:（公式）。", start, lines[start], source);
        }

        var formulaLine = i;
        var formulaColumn = lines[i].IndexOf("formula:", StringComparison.Ordinal) + "formula:".Length;
        var body = new List<string> { new string(' ', formulaColumn) + lines[i][formulaColumn..] };
        for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("rule:", StringComparison.Ordinal); i++)
        {
            body.Add(lines[i]);
        }

        Formula formula;
        try
        {
            formula = Parser.Parse(string.Join("\n", body), formulaLine + 1);
        }
        catch (RuleException ex)
        {
            throw new RuleException($"规则 {fields["rule"]}：{ex.Message}", ex.Position, source);
        }

        return new Rule
        {
            Id = fields["rule"],
            Title = fields.GetValueOrDefault("title", fields["rule"]),
            Severity = Field(fields, "severity", start, lines, source, ParseSeverity, Severity.Error),
            Scope = Field(fields, "scope", start, lines, source, CheckScopeText.Parse, CheckScope.WithinTable),
            Tolerance = Field(fields, "tolerance", start, lines, source, ParseDecimal, 0m),
            Profiles = fields.TryGetValue("profiles", out var p) ? p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [],
            Formula = formula,
            Source = source,
        };
    }

    private static T Field<T>(Dictionary<string, string> fields, string key, int start, string[] lines, string source, Func<string, T?> parse, T fallback)
        where T : struct
    {
        if (!fields.TryGetValue(key, out var text))
        {
            return fallback;
        }

        return parse(text) ?? throw Error($"规则 {fields["rule"]} 的 {key} 写作“{text}”，不认识。", start, lines[start], source);
    }

    private static Severity? ParseSeverity(string text) =>
        Enum.GetValues<Severity>().Where(s => s != Severity.Rounding).Select(s => (Severity?)s).FirstOrDefault(s => s!.Value.Code() == text);

    private static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

    private static RuleException Error(string message, int index, string line, string source) =>
        new(message, new Position(index + 1, line.Length - line.TrimStart().Length + 1), source);
}
