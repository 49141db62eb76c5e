using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tests.TestData;
using DeptBudget.Tests.Builders;
using static DeptBudget.Core.Tests.TestData.Specs;

namespace DeptBudget.Core.Tests.Tables;

public class DerivationTests
{
    private static Table DeriveOne(BudgetDataset dataset, TableSpec spec, string? unit = null) =>
        TableDeriver.Derive(dataset, TestClassifications.Build(), Profile(spec), unit).Single();

    private static BudgetDataset TwoUnits() => new DatasetBuilder()
        .Unit("100001")
        .Unit("100002", UnitKind.Institution)
        .Project("P1", "100001", ProjectCategory.SpecificPurpose)
        .Expense("100001", "2010301", "30101", ExpenditureKind.Personnel, 100.10m)
        .Expense("100001", "2010301", "30201", ExpenditureKind.Operating, 20.05m)
        .Expense("100001", "2010302", "30227", ExpenditureKind.Project, 50m, project: "P1")
        .Expense("100002", "2010350", "30101", ExpenditureKind.Personnel, 80m)
        .Expense("100002", "2080505", "30108", ExpenditureKind.Personnel, 9.99m)
        .Revenue("100001", FundingSource.GeneralBudget, 160.15m)
        .Revenue("100001", FundingSource.GeneralBudget, 10m, carryOver: true)
        .Revenue("100002", FundingSource.Business, 89.99m)
        .Build();

    [Fact]
    public void Function_SumsItemsIntoSectionsAndClasses()
    {
        var table = DeriveOne(TwoUnits(), Table(Part([Block(RowBlockType.Total), Block(RowBlockType.Function)], Value("total"))));

        Assert.Equal(260.14m, table.FindRow("total")!["total"]);
        Assert.Equal(250.15m, table.FindRow("f:201")!["total"]);
        Assert.Equal(250.15m, table.FindRow("f:20103")!["total"]);
        Assert.Equal(120.15m, table.FindRow("f:2010301")!["total"]);
        Assert.Equal(9.99m, table.FindRow("f:208")!["total"]);
        Assert.Equal(RowRole.Subtotal, table.FindRow("f:20103")!.Role);
        Assert.Equal(RowRole.Detail, table.FindRow("f:2010301")!.Role);
        Assert.Equal(["total", "f:201", "f:20103", "f:2010301", "f:2010302", "f:2010350", "f:208", "f:20805", "f:2080505"], table.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Function_PrintsOnlyTheRequestedLevels()
    {
        var block = new RowBlockSpec { Type = RowBlockType.Function, Levels = [3] };
        var table = DeriveOne(TwoUnits(), Table(Part([block], Value("total"))));

        Assert.All(table.Rows, r => Assert.Equal(3, r.Level));
        Assert.Equal(4, table.Rows.Count);
    }

    [Fact]
    public void ColumnFilters_SplitBasicAndProjectAndEconomicClasses()
    {
        var basic = Kinds(ExpenditureKind.Personnel, ExpenditureKind.Operating);
        var spec = Table(Part(
            [Block(RowBlockType.Total)],
            Value("basic", basic),
            Value("wages", basic with { EconomicClasses = ["301"] }),
            Value("goods", basic with { EconomicClasses = ["302"] }),
            Value("project", Kinds(ExpenditureKind.Project)),
            Value("specific", Kinds(ExpenditureKind.Project) with { ProjectCategories = [ProjectCategory.SpecificPurpose] }),
            Value("other", Kinds(ExpenditureKind.Project) with { ProjectCategories = [ProjectCategory.OtherOperating] })));

        var total = DeriveOne(TwoUnits(), spec).FindRow("total")!;

        Assert.Equal(210.14m, total["basic"]);
        Assert.Equal(190.09m, total["wages"]);
        Assert.Equal(20.05m, total["goods"]);
        Assert.Equal(50m, total["project"]);
        Assert.Equal(50m, total["specific"]);
        Assert.Null(total["other"]);
    }

    [Fact]
    public void FixedRows_SumWhatTheirFilterSelects()
    {
        var rows = new RowBlockSpec
        {
            Type = RowBlockType.Fixed,
            Rows =
            [
                new FixedRowSpec { Key = "gb", Label = "一般公共预算", Filter = new LineFilter { Sources = [FundingSource.GeneralBudget], CarryOver = false } },
                new FixedRowSpec { Key = "carry", Label = "上年结转", Filter = new LineFilter { CarryOver = true } },
                new FixedRowSpec { Key = "unitFunds", Label = "单位资金", Filter = new LineFilter { UnitFunds = true } },
                new FixedRowSpec { Key = "none", Label = "年终结转结余", Filter = new LineFilter { Nothing = true } },
            ],
        };
        var spec = Table(new PartSpec { Source = LineSource.Revenues, Rows = [rows], Columns = [Label(), Value("amount")] });

        var table = DeriveOne(TwoUnits(), spec);

        Assert.Equal(160.15m, table.FindRow("gb")!["amount"]);
        Assert.Equal(10m, table.FindRow("carry")!["amount"]);
        Assert.Equal(89.99m, table.FindRow("unitFunds")!["amount"]);
        Assert.Null(table.FindRow("none")!["amount"]);
    }

    [Fact]
    public void FunctionClasses_ListEveryClassInNationalOrderWithNumbering()
    {
        var block = new RowBlockSpec { Type = RowBlockType.FunctionClasses, LabelFormat = "{cn}、{short}", Omit = ["229"] };
        var table = DeriveOne(TwoUnits(), Table(Part([block], Value("total"))));

        Assert.Equal(["f:201", "f:202", "f:205", "f:208", "f:212"], table.Rows.Select(r => r.Key));
        Assert.Equal("一、一般公共服务", table.Rows[0].Label);
        Assert.Equal("二、外交", table.Rows[1].Label);
        Assert.Equal("八、社会保障和就业", table.Rows[3].Label);
        Assert.Null(table.FindRow("f:202")!["total"]);
    }

    [Fact]
    public void EconomicPair_MapsTheSameCodeByTheBodyTheMoneyGoesTo()
    {
        var dataset = new DatasetBuilder()
            .Unit("100001")
            .Expense("100001", "2010301", "30101", ExpenditureKind.Personnel, 10m)
            .Expense("100001", "2010350", "30101", ExpenditureKind.Personnel, 7m, body: BodyKind.Institution)
            .Build();
        var table = DeriveOne(dataset, Table(Part([Block(RowBlockType.EconomicPair)], Value("total"))));

        Assert.Equal(10m, table.FindRow("e:30101|50101")!["total"]);
        Assert.Equal(7m, table.FindRow("e:30101|50501")!["total"]);
        Assert.Equal("工资福利支出", table.FindRow("e:30101|50501")!.Texts["govName"]);
    }

    [Fact]
    public void Economic_GovernmentScheme_RollsSectionsIntoClasses()
    {
        var block = new RowBlockSpec { Type = RowBlockType.Economic, Scheme = "government" };
        var table = DeriveOne(TwoUnits(), Table(Part([block], Value("total"))));

        Assert.Equal(100.10m + 20.05m + 50m, table.FindRow("g:502")!["total"] + table.FindRow("g:501")!["total"]);
        Assert.Equal(80m + 9.99m, table.FindRow("g:50501")!["total"]);
    }

    [Fact]
    public void SingleUnit_DerivesOnlyThatUnitsLines()
    {
        var spec = Table(Part([Block(RowBlockType.Department), Block(RowBlockType.Function)], Value("total")));
        var table = DeriveOne(TwoUnits(), spec, unit: "100002");

        Assert.Equal(89.99m, table.Rows[0]["total"]);
        Assert.Equal("单位100002", table.Rows[0].Label);
        Assert.Null(table.FindRow("f:2010301"));
        Assert.Equal("2022年单位100002测试表", table.Title);
    }

    [Fact]
    public void AmountsInYuan_AreRoundedHalfUpPerLineSoEveryTotalAddsUp()
    {
        var dataset = new DatasetBuilder().InYuan().Unit("100001")
            .Expense("100001", "2010301", "30101", ExpenditureKind.Personnel, 50m)
            .Expense("100001", "2010301", "30201", ExpenditureKind.Operating, 50m)
            .Expense("100001", "2010302", "30201", ExpenditureKind.Operating, 12_344.9m)
            .Build();
        var table = DeriveOne(dataset, Table(Part([Block(RowBlockType.Total), Block(RowBlockType.Function)], Value("total"))));

        Assert.Equal(0.02m, table.FindRow("f:2010301")!["total"]);
        Assert.Equal(1.23m, table.FindRow("f:2010302")!["total"]);
        Assert.Equal(1.25m, table.FindRow("total")!["total"]);
    }

    [Fact]
    public void Figures_HaveTwoDecimalsAndZeroIsEmpty()
    {
        var spec = Table(Part([Block(RowBlockType.Total), Block(RowBlockType.Function)], Value("total"), Value("fund", new LineFilter { Sources = [FundingSource.GovernmentFund] })));
        var table = DeriveOne(TwoUnits(), spec);

        Assert.Equal("80.00", table.FindRow("f:2010350")!["total"]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(table.Rows[0]["fund"]);
    }

    [Fact]
    public void EmptyTable_CarriesItsEmptyNote()
    {
        var spec = Table(new PartSpec
        {
            Filter = new LineFilter { Sources = [FundingSource.GovernmentFund] },
            Rows = [Block(RowBlockType.Total)],
            Columns = [Label(), Value("total")],
        }) with
        { EmptyNote = "说明：{department}没有政府性基金预算支出，故此表无数据。", Notes = ["注：单位为万元。"] };

        var table = DeriveOne(TwoUnits(), spec);

        Assert.True(table.IsEmpty);
        Assert.Equal(["说明：测试部门没有政府性基金预算支出，故此表无数据。", "注：单位为万元。"], table.Notes);
    }

    [Fact]
    public void UnknownFunctionCode_IsKeptWithAMarkedLabel()
    {
        var dataset = new DatasetBuilder().Unit("100001")
            .Expense("100001", "2139999", "30201", ExpenditureKind.Operating, 3m)
            .Build();
        var table = DeriveOne(dataset, Table(Part([Block(RowBlockType.Function)], Value("total"))));

        Assert.Equal(3m, table.FindRow("f:2139999")!["total"]);
        Assert.Contains("科目表中没有", table.FindRow("f:2139999")!.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_AreGroupedUnderTheirUnit()
    {
        var block = new RowBlockSpec { Type = RowBlockType.Projects, GroupByUnit = true };
        var spec = Table(new PartSpec { Filter = Kinds(ExpenditureKind.Project), Rows = [block], Columns = [Label(), Value("total")] });

        var table = DeriveOne(TwoUnits(), spec);

        Assert.Equal(["unit:100001", "p:P1"], table.Rows.Select(r => r.Key));
        Assert.Equal("特定目标类", table.Rows[1].Texts["category"]);
    }

    [Fact]
    public void FunctionByUnit_RepeatsTheHierarchyUnderEachUnit()
    {
        var block = new RowBlockSpec { Type = RowBlockType.Function, ByUnit = true, Levels = [3] };
        var table = DeriveOne(TwoUnits(), Table(Part([block], Value("total"))));

        Assert.Equal(
            ["unit:100001", "unit:100001/f:2010301", "unit:100001/f:2010302", "unit:100002", "unit:100002/f:2010350", "unit:100002/f:2080505"],
            table.Rows.Select(r => r.Key));
        Assert.Equal(89.99m, table.FindRow("unit:100002")!["total"]);
    }

    [Fact]
    public void TwoSidedTable_PutsEachPartOnItsSide()
    {
        var left = new PartSpec { Side = TableSide.Left, Label = "收入", Source = LineSource.Revenues, Rows = [Block(RowBlockType.Total)], Columns = [Label(), Value("income")] };
        var right = new PartSpec { Side = TableSide.Right, Label = "支出", Rows = [Block(RowBlockType.Total)], Columns = [Label() with { Key = "label2" }, Value("expenditure")] };

        var table = DeriveOne(TwoUnits(), Table(left, right));

        Assert.True(table.IsTwoSided);
        Assert.Equal(["收入", "支出"], table.Columns.Select(c => c.Label));
        Assert.Equal(260.14m, table.Rows.Single(r => r.Side == TableSide.Left)["income"]);
        Assert.Equal(260.14m, table.Rows.Single(r => r.Side == TableSide.Right)["expenditure"]);
    }

    [Fact]
    public void DeriveParallel_GivesTheSameTables()
    {
        var profile = Profile(
            Table(Part([Block(RowBlockType.Total), Block(RowBlockType.Function)], Value("total"))),
            Table(Part([Block(RowBlockType.EconomicPair)], Value("total"))) with { Id = StandardTables.GeneralBudgetBasic });

        var serial = TableDeriver.Derive(TwoUnits(), TestClassifications.Build(), profile);
        var parallel = TableDeriver.DeriveParallel(TwoUnits(), TestClassifications.Build(), profile);

        Assert.Equal(serial.SelectMany(t => t.Rows.SelectMany(r => r.Cells)), parallel.SelectMany(t => t.Rows.SelectMany(r => r.Cells)));
    }
}
