using System.Data.Common;
using System.Diagnostics;

namespace DeptBudget.Bench.Sql;

/// <summary>An in-memory SQL engine holding one region's lines, and the GROUP BY queries run on it.</summary>
public abstract class SqlEngine : IDisposable
{
    protected const string Schema = """
        CREATE TABLE units (id INTEGER PRIMARY KEY, code VARCHAR NOT NULL, body INTEGER NOT NULL);
        CREATE TABLE projects (id INTEGER PRIMARY KEY, code VARCHAR NOT NULL, category INTEGER NOT NULL);
        CREATE TABLE econ_map (econ INTEGER NOT NULL, body INTEGER NOT NULL, gov INTEGER NOT NULL, PRIMARY KEY (econ, body));
        CREATE TABLE expenditures (unit INTEGER NOT NULL, func INTEGER NOT NULL, econ INTEGER NOT NULL, kind INTEGER NOT NULL,
            source INTEGER NOT NULL, carry INTEGER NOT NULL, project INTEGER, body INTEGER, amount BIGINT NOT NULL);
        CREATE TABLE revenues (unit INTEGER NOT NULL, source INTEGER NOT NULL, carry INTEGER NOT NULL, amount BIGINT NOT NULL);
        """;

    public abstract string Name { get; }

    public abstract SqlDialect Dialect { get; }

    protected abstract DbConnection Connection { get; }

    /// <summary>Creates the tables and loads the rows; returns the time it took.</summary>
    public TimeSpan Load(FlatRegion region)
    {
        var clock = Stopwatch.StartNew();
        Execute(Schema);
        LoadRows(region);
        return clock.Elapsed;
    }

    /// <summary>Runs one query and reads every row: row key → figures in hundredths.</summary>
    public Dictionary<string, long[]> Run(SqlQuery query)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = query.Sql(Dialect);
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var width = query.Measures.Count;
        while (reader.Read())
        {
            var values = new long[width];
            for (var i = 0; i < width; i++)
            {
                values[i] = reader.IsDBNull(i + 1) ? 0 : reader.GetInt64(i + 1);
            }

            rows.Add(reader.GetString(0), values);
        }

        return rows;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void LoadRows(FlatRegion region);

    protected void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Connection.Dispose();
        }
    }
}
