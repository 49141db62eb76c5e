namespace DeptBudget.Core.Model;

/// <summary>部门.</summary>
public sealed record Department
{
    /// <summary>部门编码, e.g. "118".</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>级次: 省 / 市 / 区 / 县 ….</summary>
    public string? Level { get; init; }

    /// <summary>行政区划 name, e.g. "新乡市".</summary>
    public string? Region { get; init; }

    /// <summary>主要职责, one entry per numbered duty.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    /// <summary>内设机构.</summary>
    public IReadOnlyList<string> Offices { get; init; } = [];

    /// <summary>A free description of how the department's budget is composed.</summary>
    public string? Composition { get; init; }

    public Staffing? Staffing { get; init; }
}

/// <summary>单位 (budget unit).</summary>
public sealed record BudgetUnit
{
    /// <summary>单位编码: the department code plus a 3-digit suffix, e.g. "118001".</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public UnitKind Kind { get; init; }

    public Staffing? Staffing { get; init; }
}

/// <summary>编制和人员.</summary>
public sealed record Staffing
{
    /// <summary>行政编制.</summary>
    public int AdministrativePosts { get; init; }

    /// <summary>事业编制.</summary>
    public int InstitutionPosts { get; init; }

    /// <summary>实有在职人员 — 在编 (A).</summary>
    public int ActiveWithPost { get; init; }

    /// <summary>实有在职人员 — 无编 (B).</summary>
    public int ActiveWithoutPost { get; init; }

    /// <summary>离退休人员.</summary>
    public int Retired { get; init; }

    /// <summary>劳务派遣 / 外聘.</summary>
    public int Contracted { get; init; }

    /// <summary>实有在职人员合计 (A+B).</summary>
    public int ActiveTotal => ActiveWithPost + ActiveWithoutPost;

    public static Staffing Sum(IEnumerable<Staffing> items)
    {
        var list = items.ToList();
        return new Staffing
        {
            AdministrativePosts = list.Sum(s => s.AdministrativePosts),
            InstitutionPosts = list.Sum(s => s.InstitutionPosts),
            ActiveWithPost = list.Sum(s => s.ActiveWithPost),
            ActiveWithoutPost = list.Sum(s => s.ActiveWithoutPost),
            Retired = list.Sum(s => s.Retired),
            Contracted = list.Sum(s => s.Contracted),
        };
    }
}
