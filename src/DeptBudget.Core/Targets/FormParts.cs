namespace DeptBudget.Core.Targets;

/// <summary>The form's header: who files it, and the unit of money.</summary>
public sealed record FormHeader
{
    public string Department { get; init; } = "";

    public string Filler { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Date { get; init; } = "";

    /// <summary>The budget year the form is for: printed, or the year after the money overview's two previous years.</summary>
    public int? Year { get; init; }

    public string MoneyUnit { get; init; } = "万元";
}

/// <summary>An annual task (年度工作任务 / 年度主要任务), with its money when the form gives it.</summary>
public sealed record FormTask
{
    public required string Name { get; init; }

    public string Content { get; init; } = "";

    /// <summary>合计.</summary>
    public decimal? Amount { get; init; }

    /// <summary>其中：财政资金.</summary>
    public decimal? FiscalAmount { get; init; }

    public string Note { get; init; } = "";

    public required CellSource Source { get; init; }
}

/// <summary>
/// A project: a line of the department form's project list (name, category, total and annual budget, purpose),
/// or a block of a project form or project summary table with its money per source and its indicators.
/// </summary>
public sealed record FormProject
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>支出项目类别, e.g. 常年性项目.</summary>
    public string Category { get; init; } = "";

    /// <summary>项目总预算 / 资金总额.</summary>
    public decimal? TotalBudget { get; init; }

    /// <summary>项目本年年度预算 / 政府预算资金.</summary>
    public decimal? AnnualBudget { get; init; }

    /// <summary>项目主要支出方向和用途.</summary>
    public string Purpose { get; init; } = "";

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public required CellSource Source { get; init; }

    /// <summary>The name, or the code, or the place, for a message.</summary>
    public string Describe() => Name.Length > 0 ? Name : Code.Length > 0 ? $"编码 {Code} 的项目" : $"第 {Source.Line} 行起的项目";
}

/// <summary>A goal (长期目标 / 年度目标) with its indicator tree.</summary>
public sealed record FormGoal
{
    public string Text { get; init; } = "";

    /// <summary>"截止 2026 年" and the like, as printed.</summary>
    public string Horizon { get; init; } = "";

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Where the goal's text stands (or would stand).</summary>
    public required CellSource Source { get; init; }
}
