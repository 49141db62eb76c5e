using DeptBudget.Core.Model;

namespace DeptBudget.Tests.Builders;

/// <summary>
/// A valid dataset that uses every field of the model (two units, both kinds of revenue, every part),
/// balanced and silent under the validator. Tests mutate it with <c>with</c> expressions.
/// </summary>
public static class SampleDataset
{
    public const string Project1 = "410700220000000000001";
    public const string Project2 = "410700220000000000002";

    public static BudgetDataset Valid() => new()
    {
        Year = TestClassifications.Year,
        AmountUnit = AmountUnit.TenThousandYuan,
        Department = new Department
        {
            Code = "118",
            Name = "新乡市政务服务和大数据管理局",
            Level = "市",
            Region = "新乡市",
            Functions = ["贯彻执行政务服务和政务信息化有关的法律法规。", "统筹推进全市“数字政府”建设。"],
            Offices = ["办公室（机关党委）", "数据资源科"],
            Composition = "包含 5 个科室及政务服务大厅、市人民政府信息中心预算。",
            Staffing = new Staffing { AdministrativePosts = 20, InstitutionPosts = 35, ActiveWithPost = 50, ActiveWithoutPost = 6, Retired = 12, Contracted = 4 },
        },
        Units =
        [
            new BudgetUnit { Code = "118001", Name = "新乡市政务服务和大数据管理局本级", Kind = UnitKind.Administrative,
                Staffing = new Staffing { AdministrativePosts = 20, InstitutionPosts = 0, ActiveWithPost = 19, ActiveWithoutPost = 2, Retired = 8, Contracted = 1 } },
            new BudgetUnit { Code = "118002", Name = "新乡市人民政府信息中心", Kind = UnitKind.Institution },
        ],
        Revenues =
        [
            new RevenueLine { Unit = "118001", Source = FundingSource.GeneralBudget, Amount = 1000m },
            new RevenueLine { Unit = "118001", Source = FundingSource.GeneralBudget, CarryOver = true, Amount = 50m },
            new RevenueLine { Unit = "118002", Source = FundingSource.Business, Amount = 200m },
            new RevenueLine { Unit = "118002", Source = FundingSource.GovernmentFund, Amount = 30.25m },
        ],
        Expenditures =
        [
            Line("118001", "2010301", "30101", ExpenditureKind.Personnel, 500m),
            Line("118001", "2010301", "30201", ExpenditureKind.Operating, 100m),
            Line("118001", "2010350", "30101", ExpenditureKind.Personnel, 200m) with { Body = BodyKind.Institution },
            Line("118001", "2010302", "31002", ExpenditureKind.Project, 50m) with { CarryOver = true, Project = Project1 },
            Line("118001", "2010302", "30227", ExpenditureKind.Project, 200m) with { Project = Project1 },
            Line("118002", "2080505", "30108", ExpenditureKind.Personnel, 200m) with { Source = FundingSource.Business },
            Line("118002", "2120899", "30227", ExpenditureKind.Project, 30.25m) with { Source = FundingSource.GovernmentFund, Project = Project2 },
        ],
        Projects =
        [
            new Project { Code = Project1, Name = "数字政府平台运维", Unit = "118001", Category = ProjectCategory.SpecificPurpose,
                Recurrence = ProjectRecurrence.OneOff, TotalBudget = 500m, Purpose = "政务云平台、政务服务平台运行维护。" },
            new Project { Code = Project2, Name = "信息中心机房改造", Unit = "118002", Category = ProjectCategory.OtherOperating,
                Recurrence = ProjectRecurrence.Recurring },
        ],
        ThreePublic =
        [
            new ThreePublicLine
            {
                Unit = "118001",
                ThisYear = new ThreePublicAmounts { Abroad = 0m, VehiclePurchase = 0m, VehicleOperation = 2.3m, Reception = 1m },
                LastYear = new ThreePublicAmounts { Abroad = 0.5m, VehiclePurchase = 12m, VehicleOperation = 2.3m, Reception = 1m },
            },
        ],
        Procurement =
        [
            new ProcurementLine { Unit = "118001", Project = Project1, Name = "办公设备购置", ItemCode = "A02010105", ItemName = "台式计算机",
                Function = FunctionCode.Parse("2010302"), Economic = EconomicCode.Parse("31002"), Quantity = 10m, UnitPrice = 5000m,
                Amount = 50000m, SmeAmount = 50000m, MicroAmount = 20000m },
            new ProcurementLine { Unit = "118001", ItemCode = "C16020000", ItemName = "信息系统运行维护服务", Amount = 1500000m },
        ],
        PurchasedServices = [new PurchasedService { Unit = "118001", Project = Project1, Name = "政务云运维服务", Amount = 150m }],
        Assets = new AssetHoldings
        {
            AsOf = "2021-12-31",
            Vehicles = [new VehicleCount { Kind = "一般公务用车", Count = 2 }, new VehicleCount { Kind = "执法执勤用车", Count = 1 }],
            GeneralEquipmentOver50 = 1,
            SpecialEquipmentOver100 = 0,
            TotalAssets = 1234.56m,
            TotalLiabilities = 12.3m,
        },
        SpecialTransfers = [new SpecialTransfer { Name = "政务服务能力提升补助", Amount = 80m }],
        LastYear = new LastYearFigures
        {
            RevenueTotal = 1631.98m,
            ExpenditureTotal = 1631.98m,
            FiscalAppropriation = 1631.98m,
            GeneralBudget = 1600m,
            GovernmentFund = 31.98m,
            StateCapital = 0m,
            Basic = 900m,
            Project = 731.98m,
            Personnel = 820m,
            Operating = 80m,
            AgencyOperatingCosts = 60m,
            Procurement = 150m,
            PurchasedServices = 120m,
            GeneralBudgetByClass = new Dictionary<string, decimal> { ["201"] = 1500m, ["208"] = 100m },
        },
        Reasons = new Dictionary<string, string>
        {
            ["revenueTotal"] = "部分项目按合同条款，本年支出金额较上年减少。",
            ["class:201"] = "平台运维费减少。",
            ["threePublic.vehiclePurchase"] = "上年购置车辆，本年无购置计划。",
            ["procurement"] = "新增办公设备采购。",
        },
    };

    public static ExpenditureLine Line(string unit, string function, string economic, ExpenditureKind kind, decimal amount) => new()
    {
        Unit = unit,
        Function = FunctionCode.Parse(function),
        Economic = EconomicCode.Parse(economic),
        Kind = kind,
        Source = FundingSource.GeneralBudget,
        Amount = amount,
    };

    /// <summary>A copy with one expenditure line replaced.</summary>
    public static BudgetDataset WithExpenditure(this BudgetDataset dataset, int index, Func<ExpenditureLine, ExpenditureLine> change) =>
        dataset with { Expenditures = dataset.Expenditures.Select((e, i) => i == index ? change(e) : e).ToList() };
}
