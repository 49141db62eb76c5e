namespace DeptBudget.Core.Tables.Figures;

/// <summary>The key figures (主要数据) read by key: a missing row or cell reads as null.</summary>
public sealed class FigureBook(Table keyFigures)
{
    private readonly Dictionary<string, TableRow> rows = keyFigures.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

    public IEnumerable<TableRow> Rows => keyFigures.Rows;

    public bool Has(string key) => rows.ContainsKey(key);

    public decimal? ThisYear(string key) => Cell(key, KeyFigures.ThisYear);

    public decimal? LastYear(string key) => Cell(key, KeyFigures.LastYear);

    public decimal? ChangePercent(string key) => Cell(key, KeyFigures.ChangePct);

    public decimal? Share(string key) => Cell(key, KeyFigures.Share);

    public string Label(string key) => rows.TryGetValue(key, out var row) ? row.Label : key;

    private decimal? Cell(string key, string column) => rows.TryGetValue(key, out var row) ? row[column] : null;
}
