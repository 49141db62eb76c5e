using System.Globalization;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;

namespace DeptBudget.Bench.Sql;

/// <summary>
/// Checks that the SQL results are the derived tables' cells: every row either side must have its
/// counterpart with the same figures (a missing row counts as all zero, since tables print zero as empty).
/// </summary>
public static class CrossCheck
{
    /// <summary>The profile the check derives: as given, with 类 and 款 rows added to every function block.</summary>
    public static Profile WithAllFunctionLevels(Profile profile) => profile with
    {
        Tables = profile.Tables.Select(t => t with
        {
            Parts = t.Parts.Select(p => p with
            {
                Rows = p.Rows.Select(b => b.Type == RowBlockType.Function ? b with { Levels = [1, 2, 3] } : b).ToList(),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Differences between one query's results and its table (none when they agree), and the number of figures compared.</summary>
    public static (IReadOnlyList<string> Problems, int Compared) Compare(SqlQuery query, Dictionary<string, long[]> results, IReadOnlyList<Table> tables)
    {
        var compared = 0;
        var problems = new List<string>();
        var table = tables.FirstOrDefault(t => t.Id == query.TableId);
        if (table is null)
        {
            return ([$"{query.Name}: the profile has no table {query.TableId}"], 0);
        }

        var rows = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(query.Covers))
        {
            rows.TryAdd(row.Key, row);
        }

        foreach (var (key, values) in results)
        {
            rows.TryGetValue(key, out var row);
            for (var i = 0; i < query.Measures.Count; i++)
            {
                var column = query.Measures[i].Column;
                var derived = row is null ? 0 : Hundredths(row[column]);
                compared++;
                if (derived != values[i])
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{query.Name}: row {key}, column {column}: SQL {values[i] / 100m:0.00}, derived {derived / 100m:0.00}"));
                }
            }
        }

        foreach (var (key, row) in rows.Where(r => !results.ContainsKey(r.Key)))
        {
            foreach (var measure in query.Measures.Where(m => Hundredths(row[m.Column]) != 0))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{query.Name}: row {key}, column {measure.Column}: derived {row[measure.Column]:0.00}, no SQL row"));
            }
        }

        return (problems, compared);
    }

    /// <summary>Differences between the tables of the timed derivation and those the check derived: every timed row must be there with the same cells.</summary>
    public static IReadOnlyList<string> Contains(IReadOnlyList<Table> all, IReadOnlyList<Table> timed)
    {
        var problems = new List<string>();
        foreach (var table in timed)
        {
            var other = all.FirstOrDefault(t => t.Id == table.Id && t.Number == table.Number);
            if (other is null)
            {
                problems.Add($"table {table.Id} missing");
                continue;
            }

            var rows = other.Rows.GroupBy(r => (r.Side, r.Key)).ToDictionary(g => g.Key, g => g.First());
            foreach (var row in table.Rows)
            {
                if (!rows.TryGetValue((row.Side, row.Key), out var match) || !row.Cells.OrderBy(c => c.Key).SequenceEqual(match.Cells.OrderBy(c => c.Key)))
                {
                    problems.Add($"table {table.Id}, row {row.Key}: cells differ");
                }
            }
        }

        return problems;
    }

    private static long Hundredths(decimal? cell) => cell is { } value ? (long)(value * 100m) : 0;
}
