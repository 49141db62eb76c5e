using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DeptBudget.Bench.Sql;

/// <summary>SQLite in memory (Microsoft.Data.Sqlite), loaded in one transaction with prepared INSERTs.</summary>
public sealed class SqliteEngine : SqlEngine
{
    private readonly SqliteConnection connection = InMemory.Sqlite();

    public override string Name => "SQLite";

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    protected override DbConnection Connection => connection;

    protected override void LoadRows(FlatRegion region)
    {
        using var transaction = connection.BeginTransaction();
        Insert(transaction, "units", 3, region.UnitCodes.Length, (i, p) =>
        {
            p[0].Value = i;
            p[1].Value = region.UnitCodes[i];
            p[2].Value = region.UnitBodies[i];
        });
        Insert(transaction, "projects", 3, region.ProjectCodes.Length, (i, p) =>
        {
            p[0].Value = i;
            p[1].Value = region.ProjectCodes[i];
            p[2].Value = region.ProjectCategories[i];
        });
        Insert(transaction, "econ_map", 3, region.EconomicMap.Length, (i, p) =>
        {
            (p[0].Value, p[1].Value, p[2].Value) = region.EconomicMap[i];
        });
        var e = region.Expenditures;
        Insert(transaction, "expenditures", 9, e.Count, (i, p) =>
        {
            p[0].Value = e.Unit[i];
            p[1].Value = e.Function[i];
            p[2].Value = e.Economic[i];
            p[3].Value = e.Kind[i];
            p[4].Value = e.Source[i];
            p[5].Value = e.CarryOver[i];
            p[6].Value = e.Project[i] < 0 ? DBNull.Value : e.Project[i];
            p[7].Value = e.Body[i] < 0 ? DBNull.Value : e.Body[i];
            p[8].Value = e.Amount[i];
        });
        var r = region.Revenues;
        Insert(transaction, "revenues", 4, r.Count, (i, p) =>
        {
            p[0].Value = r.Unit[i];
            p[1].Value = r.Source[i];
            p[2].Value = r.CarryOver[i];
            p[3].Value = r.Amount[i];
        });
        transaction.Commit();
    }

    private void Insert(SqliteTransaction transaction, string table, int columns, int rows, Action<int, SqliteParameter[]> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = Enumerable.Range(0, columns).Select(i => $"$p{i}").ToArray();
        command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", names)})";
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        command.Prepare();
        for (var i = 0; i < rows; i++)
        {
            bind(i, parameters);
            command.ExecuteNonQuery();
        }
    }
}
