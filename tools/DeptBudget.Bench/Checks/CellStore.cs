using System.Data.Common;
using System.Diagnostics;

namespace DeptBudget.Bench.Checks;

/// <summary>A SQL engine holding the derived tables as one long table of cells, and the checks run on it.</summary>
public abstract class CellStore(DbConnection connection, string name, string setup) : IDisposable
{
    protected const string Schema = """
        CREATE TABLE cells (table_id TEXT NOT NULL, row_key TEXT NOT NULL, row_ord INTEGER NOT NULL, parent_key TEXT,
            level INTEGER NOT NULL, code TEXT, code_kind TEXT NOT NULL, role TEXT NOT NULL, column_key TEXT NOT NULL,
            value BIGINT)
        """;

    /// <summary>What a DBA would add for these queries: cells by key, and rows by parent.</summary>
    protected const string Indexes = """
        CREATE UNIQUE INDEX cells_by_key ON cells (table_id, row_key, column_key);
        CREATE INDEX cells_by_parent ON cells (table_id, parent_key, column_key, level)
        """;

    public string Name => name;

    /// <summary>How the engine is set up, for the report.</summary>
    public string Setup => setup;

    protected DbConnection Connection => connection;

    /// <summary>Creates the table, loads the cells and prepares indexes and statistics; returns the time it took.</summary>
    public TimeSpan Load(IReadOnlyList<CellRow> cells)
    {
        var clock = Stopwatch.StartNew();
        Execute(Schema);
        LoadRows(cells);
        Prepare();
        return clock.Elapsed;
    }

    /// <summary>Runs every check query and reads every failing cell; <paramref name="times"/> gets each query's time.</summary>
    public HashSet<FailingCell> Run(IReadOnlyList<CheckQuery> queries, TimeSpan[]? times = null)
    {
        var failing = new HashSet<FailingCell>();
        for (var q = 0; q < queries.Count; q++)
        {
            var query = queries[q];
            var clock = Stopwatch.StartNew();
            using var command = Connection.CreateCommand();
            command.CommandText = query.Sql;
            command.CommandTimeout = 0;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                failing.Add(new FailingCell(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            if (times is not null)
            {
                times[q] = clock.Elapsed;
            }
        }

        return failing;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void LoadRows(IReadOnlyList<CellRow> cells);

    /// <summary>Indexes and statistics after the load.</summary>
    protected abstract void Prepare();

    protected void Execute(string sql)
    {
        foreach (var statement in sql.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            using var command = Connection.CreateCommand();
            command.CommandText = statement;
            command.CommandTimeout = 0;
            command.ExecuteNonQuery();
        }
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Connection.Dispose();
        }
    }
}
