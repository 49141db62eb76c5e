namespace DeptBudget.Core.Model;

/// <summary>国有资产占用情况 as of the end of last year.</summary>
public sealed record AssetHoldings
{
    /// <summary>The date the figures refer to, e.g. "2021-12-31".</summary>
    public string? AsOf { get; init; }

    /// <summary>Vehicles by kind (一般公务用车, 执法执勤用车, 特种专业技术用车, 其他用车 …).</summary>
    public IReadOnlyList<VehicleCount> Vehicles { get; init; } = [];

    /// <summary>单价 50 万元以上通用设备 (台/套).</summary>
    public int GeneralEquipmentOver50 { get; init; }

    /// <summary>单位价值 100 万元以上专用设备 (台/套).</summary>
    public int SpecialEquipmentOver100 { get; init; }

    /// <summary>资产总额, in the dataset's amount unit.</summary>
    public decimal? TotalAssets { get; init; }

    /// <summary>负债总额, in the dataset's amount unit.</summary>
    public decimal? TotalLiabilities { get; init; }
}

public sealed record VehicleCount
{
    public required string Kind { get; init; }

    public int Count { get; init; }
}
