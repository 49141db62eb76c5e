namespace DeptBudget.Bench.Sql;

/// <summary>What differs between the engines' SQL: DuckDB's <c>/</c> is a float division, SQLite's an integer one.</summary>
public sealed record SqlDialect(string IntegerDivision)
{
    public static SqlDialect DuckDb { get; } = new("//");

    public static SqlDialect Sqlite { get; } = new("/");
}
