using DeptBudget.Core.Tables;

namespace DeptBudget.Bench.Sql;

/// <summary>A figure a query sums: the derived table's column key and the SQL condition a line must meet (null: every line).</summary>
public sealed record Measure(string Column, string? Condition = null);

/// <summary>
/// A GROUP BY query that computes the figures of one derived table: it returns a row key (the
/// derived row's key) and one BIGINT per measure, in hundredths of 万元.
/// </summary>
/// <remarks>The template writes <c>%div%</c> for integer division, which the dialect fills in.</remarks>
public sealed record SqlQuery(string Name, string TableId, IReadOnlyList<Measure> Measures, Func<SqlQuery, string> Template, Func<TableRow, bool> Covers)
{
    public string Sql(SqlDialect dialect) => Template(this).Replace("%div%", dialect.IntegerDivision, StringComparison.Ordinal);

    /// <summary>CAST(SUM(CASE WHEN … THEN amount ELSE 0 END) AS BIGINT) for each measure.</summary>
    public string SumColumns(string amount) => string.Join(",\n       ", Measures.Select((m, i) =>
        m.Condition is null
            ? $"CAST(SUM({amount}) AS BIGINT) AS m{i}"
            : $"CAST(SUM(CASE WHEN {m.Condition} THEN {amount} ELSE 0 END) AS BIGINT) AS m{i}"));

    /// <summary>CAST(SUM(m0) AS BIGINT) … over an aggregate's own columns, to roll it up further.</summary>
    public string RollUpColumns() => string.Join(", ", Measures.Select((_, i) => $"CAST(SUM(m{i}) AS BIGINT) AS m{i}"));

    public string ColumnList() => string.Join(", ", Measures.Select((_, i) => $"m{i}"));
}
