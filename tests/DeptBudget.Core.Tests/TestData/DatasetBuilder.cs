using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tests.TestData;

/// <summary>Builds datasets for tests: a department "100" with units added one by one.</summary>
internal sealed class DatasetBuilder
{
    private readonly List<BudgetUnit> units = [];
    private readonly List<ExpenditureLine> expenditures = [];
    private readonly List<RevenueLine> revenues = [];
    private readonly List<Project> projects = [];
    private readonly List<ThreePublicLine> threePublic = [];
    private readonly List<ProcurementLine> procurement = [];
    private AmountUnit amountUnit = AmountUnit.TenThousandYuan;

    public DatasetBuilder Unit(string code, UnitKind kind = UnitKind.Administrative, string? name = null)
    {
        units.Add(new BudgetUnit { Code = code, Name = name ?? $"单位{code}", Kind = kind });
        return this;
    }

    public DatasetBuilder InYuan()
    {
        amountUnit = AmountUnit.Yuan;
        return this;
    }

    public DatasetBuilder Expense(
        string unit, string function, string economic, ExpenditureKind kind, decimal amount,
        FundingSource source = FundingSource.GeneralBudget, string? project = null, bool carryOver = false, BodyKind? body = null)
    {
        expenditures.Add(new ExpenditureLine
        {
            Unit = unit,
            Function = FunctionCode.Parse(function),
            Economic = EconomicCode.Parse(economic),
            Kind = kind,
            Amount = amount,
            Source = source,
            Project = project,
            CarryOver = carryOver,
            Body = body,
        });
        return this;
    }

    public DatasetBuilder Revenue(string unit, FundingSource source, decimal amount, bool carryOver = false)
    {
        revenues.Add(new RevenueLine { Unit = unit, Source = source, Amount = amount, CarryOver = carryOver });
        return this;
    }

    public DatasetBuilder Project(string code, string unit, ProjectCategory category, string? name = null)
    {
        projects.Add(new Project { Code = code, Unit = unit, Name = name ?? $"项目{code}", Category = category });
        return this;
    }

    public DatasetBuilder ThreePublic(string unit, ThreePublicAmounts thisYear, ThreePublicAmounts lastYear)
    {
        threePublic.Add(new ThreePublicLine { Unit = unit, ThisYear = thisYear, LastYear = lastYear });
        return this;
    }

    public DatasetBuilder Purchase(string unit, string itemCode, decimal quantity, decimal unitPrice)
    {
        procurement.Add(new ProcurementLine
        {
            Unit = unit,
            ItemCode = itemCode,
            ItemName = $"品目{itemCode}",
            Quantity = quantity,
            UnitPrice = unitPrice,
            Amount = quantity * unitPrice,
        });
        return this;
    }

    public BudgetDataset Build() => new()
    {
        Year = 2022,
        AmountUnit = amountUnit,
        Department = new Department { Code = "100", Name = "测试部门" },
        Units = units,
        Expenditures = expenditures,
        Revenues = revenues,
        Projects = projects,
        ThreePublic = threePublic,
        Procurement = procurement,
    };
}
