using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>Builds test tables row by row: <c>.Row("f:2010301", "行政运行", 3, ("total", 368.80m))</c>.</summary>
internal sealed class TableBuilder(string id, string number, string title, params Column[] columns)
{
    private readonly List<TableRow> rows = [];
    private readonly List<string> subtitles = [];
    private readonly List<string> notes = [];
    private TableUnit unit = TableUnit.TenThousandYuan;
    private bool isEmpty;

    public TableBuilder Subtitle(string text)
    {
        subtitles.Add(text);
        return this;
    }

    public TableBuilder Note(string text)
    {
        notes.Add(text);
        return this;
    }

    public TableBuilder InYuan()
    {
        unit = TableUnit.Yuan;
        return this;
    }

    public TableBuilder Empty()
    {
        isEmpty = true;
        return this;
    }

    public TableBuilder Row(
        string key,
        string label,
        int level,
        RowRole role = RowRole.Detail,
        TableSide side = TableSide.None,
        string? code = null,
        IReadOnlyDictionary<string, string>? texts = null,
        params (string Key, decimal? Value)[] cells)
    {
        var values = columns.SelectMany(c => c.Leaves())
            .Where(c => c.Kind == ColumnKind.Value && c.Key is not null)
            .ToDictionary(c => c.Key!, _ => (decimal?)null);
        foreach (var (cellKey, value) in cells)
        {
            values[cellKey] = value;
        }

        rows.Add(new TableRow
        {
            Key = key,
            Label = label,
            Level = level,
            Role = role,
            Side = side,
            Code = code,
            CodeKind = code is null ? RowCodeKind.None : key.StartsWith("f:", StringComparison.Ordinal) ? RowCodeKind.Function : RowCodeKind.Unit,
            Texts = texts ?? new Dictionary<string, string>(),
            Cells = values,
        });
        return this;
    }

    public Table Build() => new()
    {
        Id = id,
        Number = number,
        Title = title,
        Subtitles = subtitles.ToList(),
        Unit = unit,
        Columns = columns,
        Rows = rows.ToList(),
        Notes = notes.ToList(),
        IsEmpty = isEmpty,
    };

    public static Column Leaf(string label, string? key = null, ColumnKind kind = ColumnKind.Value, TableSide side = TableSide.None, string? textKey = null) =>
        new() { Key = key, Label = label, Kind = kind, Side = side, TextKey = textKey };

    public static Column Group(string label, params Column[] children) => new() { Label = label, Children = children };

    public static Column Group(string label, TableSide side, params Column[] children) =>
        new() { Label = label, Side = side, Children = children };
}
