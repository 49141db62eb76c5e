using DeptBudget.Bench.Sql;
using DuckDB.NET.Data;

namespace DeptBudget.Bench.Checks;

/// <summary>DuckDB in memory, loaded with its Appender; no index (DuckDB scans columns and builds hash tables per query).</summary>
public sealed class DuckDbCells() : CellStore(InMemory.DuckDb(), "DuckDB", "in memory, Appender, no index")
{
    protected override void LoadRows(IReadOnlyList<CellRow> cells)
    {
        using var appender = ((DuckDBConnection)Connection).CreateAppender("cells");
        foreach (var c in cells)
        {
            appender.CreateRow()
                .AppendValue(c.TableId).AppendValue(c.RowKey).AppendValue(c.RowOrd).AppendValue(c.ParentKey).AppendValue(c.Level)
                .AppendValue(c.Code).AppendValue(c.CodeKind).AppendValue(c.Role).AppendValue(c.ColumnKey).AppendValue(c.Value)
                .EndRow();
        }
    }

    protected override void Prepare() => Execute("ANALYZE");
}
