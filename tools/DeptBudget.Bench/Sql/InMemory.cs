using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace DeptBudget.Bench.Sql;

/// <summary>Opened in-memory databases, as every comparison uses them.</summary>
public static class InMemory
{
    public static DuckDBConnection DuckDb()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>SQLite with temporary tables and sorts in memory too.</summary>
    public static SqliteConnection Sqlite()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA temp_store = MEMORY;";
        command.ExecuteNonQuery();
        return connection;
    }
}
