namespace DeptBudget.Core.Validation;

/// <summary>The names of the dataset's parts as findings locate them (JSON names) and as users know them.</summary>
public static class DatasetCollections
{
    public const string Department = "department";
    public const string Units = "units";
    public const string Revenues = "revenues";
    public const string Expenditures = "expenditures";
    public const string Projects = "projects";
    public const string ThreePublic = "threePublic";
    public const string Procurement = "procurement";
    public const string PurchasedServices = "purchasedServices";
    public const string Assets = "assets";
    public const string Vehicles = "assets.vehicles";
    public const string SpecialTransfers = "specialTransfers";
    public const string LastYear = "lastYear";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Department] = "部门信息",
        [Units] = "单位信息",
        [Revenues] = "收入",
        [Expenditures] = "支出明细",
        [Projects] = "项目",
        [ThreePublic] = "三公经费",
        [Procurement] = "政府采购",
        [PurchasedServices] = "政府购买服务",
        [Assets] = "国有资产",
        [Vehicles] = "车辆",
        [SpecialTransfers] = "专项转移支付",
        [LastYear] = "上年数及原因",
    };

    /// <summary>The Chinese name of a collection (the entry workbook's sheet name), or the name itself.</summary>
    public static string LabelOf(string collection) => Labels.GetValueOrDefault(collection, collection);
}
