namespace DeptBudget.Bench.Synthetic;

/// <summary>The size of a synthetic region: departments, units per department, expenditure lines.</summary>
public sealed record RegionScale(string Name, int Departments, int UnitsPerDepartment, int Lines, int Seed = 20220101)
{
    /// <summary>A city: 200 departments, 600 units, 200,000 expenditure lines.</summary>
    public static RegionScale City { get; } = new("city", 200, 3, 200_000);

    /// <summary>A province: 5,000 departments, 20,000 units, 5,000,000 expenditure lines.</summary>
    public static RegionScale Province { get; } = new("province", 5_000, 4, 5_000_000);

    public int Units => Departments * UnitsPerDepartment;

    /// <summary>The region's code and name as the consolidation prints them.</summary>
    public (string Code, string Name) Region => Name == "province" ? ("410000", "某省") : ("410700", "某市");

    public static RegionScale Of(string name) => name switch
    {
        "city" => City,
        "province" => Province,
        _ => throw new ArgumentException($"unknown scale '{name}': use city or province", nameof(name)),
    };
}
