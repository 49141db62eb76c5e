using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Profiles;

/// <summary>A run of rows of a part, generated from the data or fixed by the profile.</summary>
public sealed record RowBlockSpec
{
    public RowBlockType Type { get; init; }

    /// <summary>For Total and Department rows: the label (Total default "合计").</summary>
    public string? Label { get; init; }

    /// <summary>For Function and Economic blocks: the levels printed (1 类, 2 款, 3 项); default all.</summary>
    public IReadOnlyList<int>? Levels { get; init; }

    /// <summary>For Function blocks: repeat the rows under a heading row per unit.</summary>
    public bool ByUnit { get; init; }

    /// <summary>For FunctionClasses: label template with {cn} (Chinese ordinal by code − 200), {name}, {short} (name without 支出), {code}.</summary>
    public string? LabelFormat { get; init; }

    /// <summary>For FunctionClasses: names replacing the official ones, by 类 code; used as they are for {name} and {short}.</summary>
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>For FunctionClasses: 类 codes left out.</summary>
    public IReadOnlyList<string>? Omit { get; init; }

    /// <summary>For Economic blocks: "department" (3xx) or "government" (5xx).</summary>
    public string? Scheme { get; init; }

    /// <summary>For Fixed blocks.</summary>
    public IReadOnlyList<FixedRowSpec>? Rows { get; init; }

    /// <summary>For Projects: a heading row per unit.</summary>
    public bool GroupByUnit { get; init; }
}

public enum RowBlockType
{
    /// <summary>One 合计 row over everything the part sums.</summary>
    Total,

    /// <summary>One row for the department (or the unit when a single unit is derived), summing everything.</summary>
    Department,

    /// <summary>Rows fixed by the profile, each with its own filter.</summary>
    Fixed,

    /// <summary>支出功能分类 类/款/项 rows with data.</summary>
    Function,

    /// <summary>Every 类 of the year's list in national order, with or without data.</summary>
    FunctionClasses,

    /// <summary>Economic 类/款 rows with data.</summary>
    Economic,

    /// <summary>Department economic 款 with its government 款 beside it (one row per pair).</summary>
    EconomicPair,

    /// <summary>The department's units, one row each.</summary>
    Units,

    /// <summary>One row per project with data.</summary>
    Projects,

    /// <summary>One row per procurement line.</summary>
    ProcurementLines,

    /// <summary>"三公" rows: this year and/or last year.</summary>
    ThreePublicYears,
}

public sealed record FixedRowSpec
{
    public required string Label { get; init; }

    public string? Key { get; init; }

    public string? Code { get; init; }

    public int Level { get; init; } = 1;

    public RowRole Role { get; init; } = RowRole.Detail;

    public LineFilter? Filter { get; init; }

    /// <summary>For ThreePublicYears rows: "this" or "last".</summary>
    public string? Year { get; init; }
}
