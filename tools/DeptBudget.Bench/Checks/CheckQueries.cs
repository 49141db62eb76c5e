using System.Reflection;

namespace DeptBudget.Bench.Checks;

/// <summary>One rule (or group of rules) of Sql/checks.sql: the rule ids its header names and the query.</summary>
public sealed record CheckQuery(string Rules, string Sql)
{
    private static readonly char[] Separators = [' ', ',', ':'];

    /// <summary>Whether the header names the rule (as a whole word: ids may contain one another).</summary>
    public bool Names(string ruleId) => Rules.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Contains(ruleId, StringComparer.Ordinal);
}

/// <summary>The built-in rules of henan-2022 as SQL (Sql/checks.sql, embedded), split at its "-- rule:" headers.</summary>
public static class CheckQueries
{
    public static IReadOnlyList<CheckQuery> All { get; } = Load();

    /// <summary>The queries naming at least one of the rules the engine runs: those of skipped rules only are skipped too.</summary>
    public static IReadOnlyList<CheckQuery> For(IEnumerable<string> runnableRuleIds)
    {
        var runnable = runnableRuleIds.ToList();
        return [.. All.Where(q => runnable.Exists(q.Names))];
    }

    /// <summary>The file's text, to check that it names every rule the engine runs.</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DeptBudget.Bench.Sql.checks.sql")
            ?? throw new InvalidOperationException("Sql/checks.sql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<CheckQuery> Load()
    {
        var queries = new List<CheckQuery>();
        foreach (var part in Read().Split("-- rule:", StringSplitOptions.None).Skip(1))
        {
            var lines = part.Split('\n');
            var header = new List<string> { lines[0].Trim() };
            var body = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                if (body.Count == 0 && line.StartsWith("--", StringComparison.Ordinal))
                {
                    header.Add(line.TrimStart('-').Trim());
                }
                else
                {
                    body.Add(line);
                }
            }

            queries.Add(new CheckQuery(string.Join(" ", header), string.Join('\n', body).Trim().TrimEnd(';')));
        }

        return queries;
    }
}
