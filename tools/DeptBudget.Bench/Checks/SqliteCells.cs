using DeptBudget.Bench.Sql;
using Microsoft.Data.Sqlite;

namespace DeptBudget.Bench.Checks;

/// <summary>SQLite in memory, one prepared INSERT in one transaction, then the indexes and ANALYZE.</summary>
public sealed class SqliteCells() : CellStore(InMemory.Sqlite(), "SQLite", "in memory, prepared INSERTs in one transaction, 2 indexes, ANALYZE")
{
    protected override void LoadRows(IReadOnlyList<CellRow> cells)
    {
        var connection = (SqliteConnection)Connection;
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO cells VALUES ($t, $r, $o, $p, $l, $c, $k, $ro, $col, $v)";
        var p = new[] { "$t", "$r", "$o", "$p", "$l", "$c", "$k", "$ro", "$col", "$v" }
            .Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        command.Prepare();
        foreach (var c in cells)
        {
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value) = (c.TableId, c.RowKey, c.RowOrd, (object?)c.ParentKey ?? DBNull.Value, c.Level);
            (p[5].Value, p[6].Value, p[7].Value, p[8].Value, p[9].Value) = ((object?)c.Code ?? DBNull.Value, c.CodeKind, c.Role, c.ColumnKey, (object?)c.Value ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    protected override void Prepare() => Execute(Indexes + ";ANALYZE");
}
