using Npgsql;
using NpgsqlTypes;

namespace DeptBudget.Bench.Checks;

/// <summary>PostgreSQL in a temporary cluster (<see cref="PostgresCluster"/>), loaded with binary COPY, then the indexes and VACUUM ANALYZE.</summary>
public sealed class PostgresCells(PostgresCluster cluster) : CellStore(Open(cluster, out var version), "PostgreSQL", $"{version}, temporary cluster ({PostgresCluster.Settings}), binary COPY, 2 indexes, VACUUM ANALYZE")
{
    protected override void LoadRows(IReadOnlyList<CellRow> cells)
    {
        using var copy = ((NpgsqlConnection)Connection).BeginBinaryImport(
            "COPY cells (table_id, row_key, row_ord, parent_key, level, code, code_kind, role, column_key, value) FROM STDIN (FORMAT BINARY)");
        foreach (var c in cells)
        {
            copy.StartRow();
            copy.Write(c.TableId, NpgsqlDbType.Text);
            copy.Write(c.RowKey, NpgsqlDbType.Text);
            copy.Write(c.RowOrd, NpgsqlDbType.Integer);
            Text(copy, c.ParentKey);
            copy.Write(c.Level, NpgsqlDbType.Integer);
            Text(copy, c.Code);
            copy.Write(c.CodeKind, NpgsqlDbType.Text);
            copy.Write(c.Role, NpgsqlDbType.Text);
            copy.Write(c.ColumnKey, NpgsqlDbType.Text);
            if (c.Value is { } value)
            {
                copy.Write(value, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }
        }

        copy.Complete();
    }

    protected override void Prepare() => Execute(Indexes + ";VACUUM ANALYZE cells");

    private static NpgsqlConnection Open(PostgresCluster cluster, out string version)
    {
        var connection = new NpgsqlConnection(cluster.ConnectionString);
        connection.Open();
        version = connection.PostgreSqlVersion.ToString();
        return connection;
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }
}
