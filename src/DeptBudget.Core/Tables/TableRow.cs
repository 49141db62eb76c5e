namespace DeptBudget.Core.Tables;

/// <summary>One row of a table.</summary>
public sealed record TableRow
{
    /// <summary>Unique within the table: "total", "unit:118001", "f:2010301", "e:30101|50101", "p:…".</summary>
    public required string Key { get; init; }

    public string? Code { get; init; }

    /// <summary>What <see cref="Code"/> is; only function codes are split into 类/款/项 columns.</summary>
    public RowCodeKind CodeKind { get; init; } = RowCodeKind.None;

    public required string Label { get; init; }

    /// <summary>0 for totals, 1 for a 类 (or department), 2 for a 款 (or unit), 3 for a 项 or detail.</summary>
    public int Level { get; init; }

    public RowRole Role { get; init; } = RowRole.Detail;

    public TableSide Side { get; init; } = TableSide.None;

    /// <summary>Figures by value-column key; null is an empty cell.</summary>
    public required IReadOnlyDictionary<string, decimal?> Cells { get; init; }

    /// <summary>Texts by key for text columns (unit code, government code, project type …).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = EmptyTexts;

    public decimal? this[string columnKey] => Cells.TryGetValue(columnKey, out var value) ? value : null;

    private static readonly IReadOnlyDictionary<string, string> EmptyTexts = new Dictionary<string, string>();
}

/// <summary>The classification a row's code belongs to.</summary>
public enum RowCodeKind
{
    None,

    /// <summary>支出功能分类 (3, 5 or 7 digits).</summary>
    Function,

    /// <summary>支出经济分类 (department or government view).</summary>
    Economic,

    /// <summary>部门 or 单位 code.</summary>
    Unit,

    /// <summary>项目编码.</summary>
    Project,

    /// <summary>政府采购品目编码.</summary>
    ProcurementItem,
}

public enum RowRole
{
    Detail,

    /// <summary>A 类 or 款 row, a unit or group heading row: the sum of the rows under it.</summary>
    Subtotal,

    /// <summary>合计 / 总计.</summary>
    Total,

    /// <summary>A row a two-sided table prints at the bottom of its side (本年收入合计, 上年结转 …).</summary>
    Footer,

    /// <summary>A heading row with no figures of its own.</summary>
    Heading,
}
