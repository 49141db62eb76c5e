using System.Reflection;

namespace DeptBudget.Bench.Checks;

/// <summary>One rule (or group of rules) of Sql/checks.sql: the rule ids its header names and the query.</summary>
public sealed record CheckQuery(string Rules, string Sql);

/// <summary>The built-in rules of henan-2022 as SQL (Sql/checks.sql, embedded), split at its "-- rule:" headers.</summary>
public static class CheckQueries
{
    public static IReadOnlyList<CheckQuery> All { get; } = Load();

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
